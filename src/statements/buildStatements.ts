import type { Change, Cue, Entity, Horizon, Quantity, Statement, StatementKind, Token } from '../core/types.js';
import { copyValueBounds } from '../core/valueBounds.js';
import type { SentenceRange } from '../sentences/splitSentences.js';
import { CAPACITY_CUES, DECREASE_VERBS, FACT_CUES, FIXED_TERMS, FORECAST_CUES, INCREASE_VERBS, RATE_NOUNS, TARGET_CUES, TO_LEVEL } from './cues.js';
import { readDocumentContext, type DocumentContext, type ParagraphContext } from './documentContext.js';
import { findMainActor } from './mainActor.js';
import { findMetric } from './metric.js';
import { isNotStatement } from './notStatements.js';
import { isClauseBreak, tokenIndexAt, type WordToken } from './sentenceView.js';
import { findTimeExpressions, resolveYears, type TimeExpression } from './timeExpressions.js';

/** What the statement layer reads: everything in the coordinates of the normalised text. */
export interface StatementInput {
  readonly text: string;
  readonly sentences: readonly SentenceRange[];
  /** Tokens of `text`, sorted, with `text` the normalised word. */
  readonly tokens: readonly Token[];
  readonly entities: readonly Entity[];
  readonly quantities: readonly Quantity[];
  readonly date?: string | undefined;
}

const capacityCues = new Set(CAPACITY_CUES);
const forecastCues = new Set(FORECAST_CUES);
const targetCues = new Set(TARGET_CUES);
const factCues = new Set(FACT_CUES);
const increaseVerbs = new Set(INCREASE_VERBS);
const decreaseVerbs = new Set(DECREASE_VERBS);
const toLevel = new Set(TO_LEVEL);
// Adverbs that may stand between a change verb and its number (增长均达到, 同比增长).
const BETWEEN_VERB_AND_NUMBER = new Set(['均', '分别', '约', '同比', '比上年', '较上年', '再', '共', '年均', '平均', '了']);

/**
 * Turns the quantities of a document into numeric statements: one per quantity, except
 * durations that only say by when (`用3至5年时间`), which become horizons.
 */
export function buildStatements(input: StatementInput): Statement[] {
  const { text, sentences } = input;
  const doc = readDocumentContext(text, sentences, input.date);
  const words = input.tokens;
  const mainActor = findMainActor(text, words, input.entities, doc.report);
  const quantities = [...input.quantities].sort((a, b) => a.start - b.start);
  const entities = [...input.entities].sort((a, b) => a.start - b.start);
  const out: Statement[] = [];
  let q = 0;
  let paragraphTime: TimeExpression | null = null;
  let sectionTime: TimeExpression | null = null;
  let paragraph = -1;
  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      paragraphTime = null;
    }
    if (sentence.heading) sectionTime = null;
    const times = findTimeExpressions(text, sentence.start, sentence.end).filter((t) => !t.base);
    const para = doc.paragraphs[sentence.paragraph] ?? { mode: null, year: undefined, yearText: undefined };
    while (q < quantities.length && quantities[q]!.start < sentence.start) q++;
    const inSentence: Quantity[] = [];
    while (q < quantities.length && quantities[q]!.end <= sentence.end) inSentence.push(quantities[q++]!);
    const built: Statement[] = [];
    for (const quantity of inSentence) {
      if (isHorizonOnly(quantity, times)) continue;
      const prev = words[tokenIndexAt(words, quantity.start) - 1];
      if (isNotStatement(quantity, text, prev && prev.end === quantity.start ? prev.pos : undefined)) continue;
      const statement = buildOne({ text, words, sentence, quantity, inSentence, times, para, doc, mainActor, entities, paragraphTime, sectionTime });
      if (statement) built.push(statement);
    }
    out.push(...shareAcrossEnumerations(text, built));
    const last = times[times.length - 1];
    if (last) {
      paragraphTime = last;
      sectionTime = last;
    }
  }
  return out;
}

interface BuildContext {
  readonly text: string;
  readonly words: readonly WordToken[];
  readonly sentence: SentenceRange;
  readonly quantity: Quantity;
  readonly inSentence: readonly Quantity[];
  readonly times: readonly TimeExpression[];
  readonly para: ParagraphContext;
  readonly doc: DocumentContext;
  readonly mainActor: string | null;
  readonly entities: readonly Entity[];
  readonly paragraphTime: TimeExpression | null;
  readonly sectionTime: TimeExpression | null;
}

function buildOne(c: BuildContext): Statement | null {
  const { words, sentence, quantity } = c;
  const first = tokenIndexAt(words, sentence.start);
  const qStart = tokenIndexAt(words, quantity.start);
  let qEnd = qStart;
  while (qEnd < words.length && words[qEnd]!.start < quantity.end) qEnd++;
  let last = qEnd;
  while (last < words.length && words[last]!.start < sentence.end) last++;
  let clauseStart = qStart;
  while (clauseStart > first && !isClauseBreak(words[clauseStart - 1]!)) clauseStart--;
  let clauseEnd = qEnd;
  while (clauseEnd < last && !isClauseBreak(words[clauseEnd]!)) clauseEnd++;

  const cues: Cue[] = [];
  const kindResult = decideKind(c, first, clauseStart, qStart, qEnd, clauseEnd);
  if (kindResult.cue) cues.push({ ...kindResult.cue, role: 'kind' });
  const changeResult = decideChange(c, clauseStart, qStart);
  if (changeResult.cue) cues.push({ ...changeResult.cue, role: 'change' });
  const metric = findMetric({
    words,
    text: c.text,
    clauseStart,
    qStart,
    qEnd,
    clauseEnd,
    quantities: c.inSentence,
    quantity,
    subject: c.mainActor,
    capacity: kindResult.kind === 'capacity',
  });
  const change = RATE_NOUNS.some((r) => metric.endsWith(r)) && changeResult.change !== null && quantity.change === null ? null : changeResult.change;
  return {
    start: quantity.start,
    end: quantity.end,
    text: quantity.text,
    kind: kindResult.kind,
    ...copyValueBounds(quantity),
    unit: quantity.unit,
    change: quantity.change ?? change,
    metric,
    subject: findSubject(c, first, clauseStart, qStart),
    horizon: decideHorizon(c, kindResult.kind, { start: words[clauseStart]?.start ?? quantity.start, end: words[clauseEnd - 1]?.end ?? quantity.end }),
    cues,
    basis: kindResult.basis,
  };
}

/**
 * Numbers listed one after another (`分别提高到1167元、1937元`, `增长13.6%、9.8%`) share the
 * words in front of the first: its metrics are dealt out in order when there are as many,
 * else the first metric is shared; the change verb governs them all.
 */
function shareAcrossEnumerations(text: string, statements: Statement[]): Statement[] {
  const out = [...statements];
  let g = 0;
  while (g < out.length) {
    let end = g + 1;
    while (end < out.length && /^[、和及与]$/u.test(text.slice(out[end - 1]!.end, out[end]!.start))) end++;
    if (end - g > 1) {
      const head = out[g]!;
      const items = head.metric.split(/[、和及与]/u).filter(Boolean);
      for (let k = g; k < end; k++) {
        const s = out[k]!;
        const metric = items.length === end - g ? items[k - g]! : s.metric || head.metric;
        out[k] = { ...s, metric, change: s.change ?? head.change };
      }
    }
    g = end;
  }
  for (let k = 1; k < out.length; k++) if (out[k]!.metric === '') out[k] = { ...out[k]!, metric: out[k - 1]!.metric };
  return out;
}

/** A duration that only says by when (用3至5年时间) or over which past years (近五年) is a horizon. */
function isHorizonOnly(q: Quantity, times: readonly TimeExpression[]): boolean {
  return times.some(
    (t) =>
      t.start <= q.start &&
      q.end <= t.end &&
      ((t.meaning.type === 'ahead' && (/^(?:用|再用|花|经过|未来|今后)/u.test(t.text) || /(?:时间|内)$/u.test(t.text))) || t.meaning.type === 'past'),
  );
}

interface CueHit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function hit(w: WordToken): CueHit {
  return { start: w.start, end: w.end, text: w.text };
}

function decideKind(
  c: BuildContext,
  first: number,
  clauseStart: number,
  qStart: number,
  qEnd: number,
  clauseEnd: number,
): { kind: StatementKind; cue: CueHit | null; basis: Statement['basis'] } {
  const { words } = c;
  const capacity = capacityCue(words, clauseStart, qStart, c.quantity.unit);
  if (capacity) return { kind: 'capacity', cue: hit(capacity), basis: 'cue' };
  // A cue right after the number's noun (4个重点项目即将落地) speaks for it first.
  for (let i = qEnd; i < Math.min(clauseEnd, qEnd + 6); i++) {
    const w = words[i]!;
    if (isForecastCue(words, i)) return { kind: 'forecast', cue: hit(w), basis: 'cue' };
    if (w.text === '将' || w.text === '要' || w.text === '力争') return { kind: 'target', cue: hit(w), basis: 'cue' };
  }
  let nearest: { kind: StatementKind; cue: CueHit } | null = null;
  let forecast: CueHit | null = null;
  for (let i = qStart - 1; i >= first; i--) {
    const w = words[i]!;
    if (isForecastCue(words, i)) {
      forecast ??= hit(w);
      nearest ??= { kind: 'forecast', cue: hit(w) };
    } else if (!nearest && targetCues.has(w.text)) nearest = { kind: 'target', cue: hit(w) };
    else if (!nearest && factCues.has(w.text)) nearest = { kind: 'fact', cue: hit(w) };
  }
  // 据预测…将达22.1万人: a forecast earlier in the sentence governs the 将 that follows it,
  // unless a commitment word (力争, 确保, 目标) stands closer to the number.
  if (forecast && !(nearest && nearest.kind === 'target' && STRONG_TARGET.has(nearest.cue.text))) return { kind: 'forecast', cue: forecast, basis: 'cue' };
  // In a work report the section decides: the review holds facts, the plan holds targets.
  if (c.doc.report && c.para.mode) return { kind: c.para.mode === 'plan' ? 'target' : 'fact', cue: null, basis: 'section' };
  if (nearest) return { ...nearest, basis: 'cue' };
  // A deadline ahead (到2025年, 年底前, 明年, 用3年时间) with no sign of completion makes a plan.
  const when = c.times.find((t) => t.end <= words[qStart]!.start && isAhead(t, c));
  if (when) return { kind: 'target', cue: { start: when.start, end: when.end, text: when.text }, basis: 'cue' };
  return { kind: 'fact', cue: null, basis: 'default' };
}

const STRONG_TARGET = new Set(['力争', '确保', '目标', '预期目标', '计划', '争取', '力求']);
// Cues that name a production capability wherever they stand in the clause (年产1000台).
const STRONG_CAPACITY = new Set(['年产', '年加工', '年处理', '日处理', '日产', '年生产']);

/**
 * The capacity cue of a number: 年产 and its kin anywhere before it in the clause; generic
 * words (产能, 能力, 装机容量) only right before it, so 淘汰落后产能400项 and 安全能力建设项目142个
 * are not capacities.
 */
function capacityCue(words: readonly Token[], clauseStart: number, qStart: number, unit: string): Token | null {
  let i = qStart - 1;
  while (i >= clauseStart && (LINK_BEFORE_NUMBER.has(words[i]!.text) || words[i]!.pos === 'd')) i--;
  // 淘汰落后产能400项 counts items of capacity, it does not state one.
  if (i >= clauseStart && capacityCues.has(words[i]!.text) && !ITEM_UNITS.has(unit)) return words[i]!;
  for (let k = qStart - 1; k >= clauseStart; k--) {
    if (STRONG_CAPACITY.has(words[k]!.text)) return words[k]!;
    // jieba may cut 年产 as 年|产 or 年加工 as 年|加工
    const next = words[k + 1];
    if (next && k + 1 < qStart && STRONG_CAPACITY.has(words[k]!.text + next.text)) return words[k]!;
  }
  return null;
}
const ITEM_UNITS = new Set(['项', '个', '家', '处', '条', '批', '次', '类', '种']);
const LINK_BEFORE_NUMBER = new Set(['可达', '可', '达', '达到', '为', '超', '超过', '约', '近', '逾', '突破', '共', '合计', '总计']);

/** 预计/有望 are cues; 预测 or 预期 modifying a noun (预测预警机制, 预期目标) is not. */
function isForecastCue(words: readonly Token[], i: number): boolean {
  const w = words[i]!;
  if (!forecastCues.has(w.text)) return false;
  const next = words[i + 1];
  return !((w.text === '预测' || w.text === '预期') && next !== undefined && (next.pos.startsWith('n') || next.pos === 'vn'));
}

function isAhead(t: TimeExpression, c: BuildContext): boolean {
  const m = t.meaning;
  if (m.type === 'ahead') return true;
  if (m.type === 'current') return /前$/u.test(t.text); // 年底前, not 全年
  if (m.type === 'relative') return m.offset > 0;
  // 到2025年 is a deadline only when 2025 is still ahead of the article (and not 直到1928年).
  if (m.type === 'year') return c.doc.year !== undefined && m.to > c.doc.year && !/^直/u.test(c.text.slice(t.start - 1, t.start));
  return false;
}

function decideChange(c: BuildContext, clauseStart: number, qStart: number): { change: Change; cue: CueHit | null } {
  const { words, text } = c;
  let i = qStart - 1;
  while (i >= clauseStart && BETWEEN_VERB_AND_NUMBER.has(words[i]!.text)) i--;
  if (i >= clauseStart) {
    const w = words[i]!;
    // 提高到57.9件 is a change *to* a level: no change.
    if (toLevel.has(w.text) && i - 1 >= clauseStart && (increaseVerbs.has(words[i - 1]!.text) || decreaseVerbs.has(words[i - 1]!.text))) {
      return { change: null, cue: null };
    }
    const direct = changeOf(w.text);
    if (direct) return { change: direct, cue: hit(w) };
    // Without a dictionary segmenter (segmenter 'none') words come as characters: read the
    // two characters before the number instead (增长17%).
    if (w.end - w.start === 1 && w.start >= 1) {
      const pair = text.slice(w.start - 1, w.end);
      const byText = pair.length === 2 ? changeOf(pair) : null;
      if (byText) return { change: byText, cue: { start: w.start - 1, end: w.end, text: pair } };
    }
  }
  // A clause that opens with 新增/增加 governs the number that closes it (新增普惠性托位近1.9万个).
  let k = clauseStart;
  while (k < qStart && (words[k]!.pos === 'd' || words[k]!.pos === 't' || words[k]!.text === '“')) k++;
  if (k < qStart) {
    const w = words[k]!;
    const opening = w.text === '新增' || w.text === '增加' || w.text === '减少' ? changeOf(w.text) : null;
    if (opening && !FIXED_TERMS.some((term) => text.startsWith(term, w.start))) return { change: opening, cue: hit(w) };
  }
  return { change: null, cue: null };
}

function changeOf(word: string): Change {
  if (increaseVerbs.has(word)) return 'increase';
  if (decreaseVerbs.has(word)) return 'decrease';
  return null;
}

function decideHorizon(c: BuildContext, kind: StatementKind, clause: { start: number; end: number }): Horizon | null {
  const { quantity, doc, para } = c;
  // Time words before the number anywhere in the sentence; after it only in its own clause. A
  // streak or a span of past years (连续4年, 近10年来) speaks only for its own clause.
  const local = (t: TimeExpression) => t.start >= clause.start && t.end <= clause.end;
  const own = c.times.filter(
    (t) => !(t.end > quantity.start && t.start < quantity.end) && (local(t) || (t.meaning.type !== 'streak' && t.meaning.type !== 'past')),
  );
  const before = own.filter((t) => t.end <= quantity.start);
  let chosen: TimeExpression | undefined = before[before.length - 1] ?? own.find((t) => t.start >= quantity.end && local(t));
  if (!chosen && kind === 'target') chosen = [c.paragraphTime, c.sectionTime].find((t) => t && singleYear(t, c)) ?? undefined;
  if (chosen) return { text: chosen.text, ...resolveYears(chosen.meaning, doc.year, para.year) };
  if (doc.report && para.mode && para.year !== undefined) {
    return { text: para.yearText ?? `${para.year}年`, from: para.year, to: para.year };
  }
  return null;
}

/**
 * The organisation the number belongs to: one named in the number's clause, else one that
 * opens the sentence, else the document's main actor.
 */
function findSubject(c: BuildContext, first: number, clauseStart: number, qStart: number): string | null {
  const { words } = c;
  const sentenceStart = words[first]?.start ?? c.sentence.start;
  const clauseOffset = words[clauseStart]?.start ?? sentenceStart;
  const qOffset = words[qStart]?.start ?? c.quantity.start;
  const opening = words[Math.min(first + 3, qStart)]?.start ?? qOffset;
  let inClause: Entity | null = null;
  let opener: Entity | null = null;
  for (const e of c.entities) {
    if (e.start >= qOffset) break;
    if (e.start >= clauseOffset) inClause = e;
    else if (e.start >= sentenceStart && e.start <= opening && !opener) opener = e;
  }
  return (inClause ?? opener)?.canonical ?? c.mainActor;
}

// Only a point in time carries over from earlier sentences; a plan period (“十五五”) or a span
// of years (2024—2029年) named in passing does not date the numbers after it.
function singleYear(t: TimeExpression, c: BuildContext): boolean {
  if (t.meaning.type === 'ahead') return true;
  const years = resolveYears(t.meaning, c.doc.year, c.para.year);
  return years.from === undefined || years.from === years.to;
}
