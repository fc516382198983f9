/**
 * Numeric statements from the quantities of a document: per sentence one scan of its tokens
 * (sentenceScan), then per quantity its kind (the ordered rules of kind/), change, metric,
 * subject and horizon, each by constant-time look-ups or binary search.
 */
import type { Change, Cue, Entity, Horizon, Quantity, Statement, StatementKind } from '../core/types.js';
import { DECREASE_VERBS, FIXED_TERMS, INCREASE_VERBS, MODAL_FORECAST, RATE_NOUNS, TO_LEVEL } from '../lexicon/cues.js';
import { copyValueBounds } from '../core/valueBounds.js';
import type { SentenceRange } from '../sentences/splitSentences.js';
import { findTimeExpressions, resolveYears, type TimeExpression } from '../time/index.js';
import { contextCurrency, isBareMoney, perUnitBefore } from './currency.js';
import { readDocumentContext, type DocumentContext, type ParagraphContext } from './documentContext.js';
import { decideKind } from './kind/index.js';
import { findMainActor, placesByHead } from './mainActor.js';
import { findNameMentions, headlineTopic, type NameMention } from './newsNames.js';
import { findMetric, listMetrics, rateOwnerMetric } from './metric.js';
import { isNotStatement } from './notStatements.js';
import { opensFlatParagraph } from './paragraphBreaks.js';
import { scanSentence, type SentenceScan } from './sentenceScan.js';
import { newsCarry, newsSubject, noSubjects, rankedHolders, readSentenceSubjects, type SentenceSubjects } from './newsSubject.js';
import { findSubject } from './subject.js';
import { isTimeWindow } from './timeWindows.js';
import { charTest, Words } from './words.js';
import type { TokenTable } from '../segment/tokenTable.js';

/** What the statement layer reads: everything in the coordinates of the normalised text. */
export interface StatementInput {
  readonly text: string;
  readonly sentences: readonly SentenceRange[];
  /** Tokens of `text` (sorted, disjoint), read from the table's arrays: no token objects are made. */
  readonly tokens: TokenTable;
  readonly entities: readonly Entity[];
  readonly quantities: readonly Quantity[];
  readonly date?: string | undefined;
}

const increaseVerbs = new Set(INCREASE_VERBS);
const decreaseVerbs = new Set(DECREASE_VERBS);
const toLevel = new Set(TO_LEVEL);
// Adverbs that may stand between a change verb and its number (增长均达到, 同比增长).
const BETWEEN_VERB_AND_NUMBER = new Set(['均', '分别', '约', '同比', '比上年', '较上年', '再', '共', '年均', '平均', '了', '环比', '按年', '按月']);

/**
 * Turns the quantities of a document into numeric statements: one per quantity, except
 * durations that only say when (`用3至5年时间`, `3年内`, `十年来`), which become horizons.
 *
 * @example
 * buildStatements({ text, sentences, tokens: table, entities, quantities, date: '2020-04-14' })
 * //=> [{ kind: 'target', value: 180000000, unit: 'CNY', basis: 'cue', … }]
 */
export function buildStatements(input: StatementInput): Statement[] {
  const { text, sentences } = input;
  const doc = readDocumentContext(text, sentences, input.date);
  const words = new Words(input.tokens);
  const mainActor = findMainActor(text, words, input.entities, doc.report);
  const quantities = [...input.quantities].sort((a, b) => a.start - b.start);
  // Work reports name their holders formally: the names news writes (ST…, headline names) are not read there.
  const entities = findNameMentions(text, input.entities, doc.report ? null : words);
  // The article's topic: its headline's name, else its main place.
  const topic = doc.report ? null : (headlineTopic(text, words, entities) ?? mainActor);
  const places = doc.report ? new Map<string, string>() : placesByHead(words);
  const out: Statement[] = [];
  let q = 0;
  let paragraphTime: TimeExpression | null = null;
  let sectionTime: TimeExpression | null = null;
  let paragraph = -1;
  let paragraphQuantities: Quantity[] = [];
  let carriedForecast = -1;
  const carried = newsCarry(text, topic, places, mainActor);
  const timesRead = sentencesWhoseTimesAreRead(sentences, quantities);
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      carried.subject = null;
      paragraphTime = null;
      paragraphQuantities = [];
      carriedForecast = -1;
    }
    if (sentence.heading) sectionTime = null;
    // An indented or spaced-out paragraph of a flattened line: its own time words, none carried.
    if (!doc.report && opensFlatParagraph(text, sentence.start)) paragraphTime = null;
    while (q < quantities.length && quantities[q]!.start < sentence.start) q++;
    const inSentence: Quantity[] = [];
    while (q < quantities.length && quantities[q]!.end <= sentence.end) inSentence.push(quantities[q++]!);
    const times = timesRead[s] === 1 ? findTimeExpressions(text, sentence.start, sentence.end).filter((t) => !t.base) : NO_TIMES;
    if (inSentence.length === 0) carriedForecast = -1;
    if (inSentence.length > 0) {
      const para = doc.paragraphs[sentence.paragraph] ?? { mode: null, year: undefined, yearText: undefined };
      const first = words.indexAt(sentence.start);
      const last = words.indexAt(sentence.end);
      if (startsNumberedItem(text, sentence.start)) carriedForecast = -1;
      const scan = scanSentence(words, first, last, carriedForecast);
      // Only an explicit forecast word carries (预计, 预期), not a modal 会, and not into a numbered item (5、…).
      const carry = scan.forecastAtEnd;
      carriedForecast = endsInSemicolon(text, sentence) && carry >= 0 && !MODALS.has(words.word(carry)) ? carry : -1;
      const built: Statement[] = [];
      const subjects = doc.report ? noSubjects(carried) : readSentenceSubjects(text, words, first, last, carried, entities);
      for (const quantity of inSentence) {
        if (isHorizonOnly(quantity, times) || isTimeWindow(quantity, text)) continue;
        const prev = words.indexAt(quantity.start) - 1;
        if (isNotStatement(quantity, text, prev >= 0 && words.end(prev) === quantity.start ? words.pos(prev) : undefined)) continue;
        const c: BuildContext = { text, words, sentence, scan, quantity, inSentence, times, para, doc, mainActor, subjects, entities, paragraphTime, sectionTime };
        const statement = buildOne(c, paragraphQuantities);
        if (statement) built.push(withRateOwner(statement, built[built.length - 1]));
      }
      for (const s of shareAcrossEnumerations(text, doc.report ? built : rankedHolders(words, first, last, scan, built))) out.push(s);
      paragraphQuantities.push(...inSentence);
    }
    const lastTime = times[times.length - 1];
    if (lastTime) {
      paragraphTime = lastTime;
      sectionTime = lastTime;
    }
  }
  return out;
}

const MODALS = new Set(MODAL_FORECAST);
const NO_TIMES: readonly TimeExpression[] = [];

/**
 * Which sentences' time words anyone reads (1) : a sentence's own when it has quantities, and
 * the last one of a sentence that a later sentence with quantities may take as its paragraph's
 * time (same paragraph) or section's time (no heading between). The others' time words are
 * never looked at, so they are not searched for.
 */
function sentencesWhoseTimesAreRead(sentences: readonly SentenceRange[], quantities: readonly Quantity[]): Uint8Array {
  const n = sentences.length;
  // Which sentences hold a quantity, counted as the main loop assigns them (sorted quantities).
  const holds = new Uint8Array(n);
  let q = 0;
  for (let s = 0; s < n; s++) {
    const sentence = sentences[s]!;
    while (q < quantities.length && quantities[q]!.start < sentence.start) q++;
    if (q < quantities.length && quantities[q]!.end <= sentence.end) holds[s] = 1;
    while (q < quantities.length && quantities[q]!.end <= sentence.end) q++;
  }
  const read = new Uint8Array(n);
  let sectionAhead = false; // a sentence with quantities follows, no heading before it
  let paragraphAhead = -1; // the paragraph of the next sentence with quantities
  for (let s = n - 1; s >= 0; s--) {
    const sentence = sentences[s]!;
    read[s] = holds[s] === 1 || sectionAhead || paragraphAhead === sentence.paragraph ? 1 : 0;
    if (holds[s] === 1) paragraphAhead = sentence.paragraph;
    // A heading clears the section's time before its own quantities read it.
    sectionAhead = sentence.heading ? false : sectionAhead || holds[s] === 1;
  }
  return read;
}

const NUMBERED_ITEM = /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})[、.．)）]/u;

/** 5、… or (5) …: a numbered item of a list starts on its own. */
function startsNumberedItem(text: string, start: number): boolean {
  return NUMBERED_ITEM.test(text.slice(start, start + 6));
}

/** A sentence cut at ；: its forecast cue still governs the list that goes on after it. */
function endsInSemicolon(text: string, sentence: SentenceRange): boolean {
  let e = sentence.end - 1;
  while (e > sentence.start && (text[e] === ' ' || text[e] === '\n')) e--;
  return text[e] === '；' || text[e] === ';';
}

interface BuildContext {
  readonly text: string;
  readonly words: Words;
  readonly sentence: SentenceRange;
  readonly scan: SentenceScan;
  readonly quantity: Quantity;
  readonly inSentence: readonly Quantity[];
  readonly times: readonly TimeExpression[];
  readonly para: ParagraphContext;
  readonly doc: DocumentContext;
  readonly mainActor: string | null;
  /** The sentence's people and company anaphors, and what news carries from sentence to sentence. */
  readonly subjects: SentenceSubjects;
  readonly entities: readonly NameMention[];
  readonly paragraphTime: TimeExpression | null;
  readonly sectionTime: TimeExpression | null;
}

function buildOne(c: BuildContext, paragraphQuantities: readonly Quantity[]): Statement | null {
  const { words, quantity, scan } = c;
  const first = scan.first;
  const qStart = Math.max(first, words.indexAt(quantity.start));
  const qEnd = Math.max(qStart, words.indexAt(quantity.end));
  if (qStart >= scan.last) return null;
  const clauseStart = scan.clauseStart[qStart - first]!;
  const clauseEnd = qEnd < scan.last ? scan.clauseEnd[qEnd - first]! : scan.last;

  const metricInput = { words, text: c.text, clauseStart, qStart, qEnd, clauseEnd, quantities: c.inSentence, quantity, subject: c.mainActor, capacity: false, sentenceStart: first };
  let metric = findMetric(metricInput);
  const kindResult = decideKind({
    text: c.text,
    words,
    quantity,
    scan,
    qStart,
    qEnd,
    clauseStart,
    clauseEnd,
    metric,
    times: c.times,
    docYear: c.doc.year,
    section: c.doc.report ? c.para.mode : null,
  });
  if (kindResult.kind === 'capacity') metric = findMetric({ ...metricInput, capacity: true });
  const cues: Cue[] = [];
  if (kindResult.cue) cues.push({ ...kindResult.cue, role: 'kind' });
  const changeResult = decideChange(c, clauseStart, qStart);
  if (changeResult.cue) cues.push({ ...changeResult.cue, role: 'change' });
  const change = RATE_NOUNS.some((r) => metric.endsWith(r)) && changeResult.change !== null && quantity.change === null ? null : changeResult.change;
  const clauseOffset = clauseStart < words.length ? words.start(clauseStart) : quantity.start;
  const clauseText = c.text.slice(clauseOffset, quantity.start);
  const per = isBareMoney(quantity, c.text, metric, clauseText, words, qEnd, Math.min(clauseEnd, qEnd + 6)) ? perUnitBefore(clauseText) : undefined;
  const unit = per === undefined ? quantity.unit : contextCurrency([...paragraphQuantities, ...c.inSentence.filter((x) => x.end <= quantity.start)]) + (per ? `/${per}` : '');
  const sentenceStart = first < words.length ? words.start(first) : c.sentence.start;
  const named = findSubject(
    c.entities,
    words,
    c.text,
    {
      sentenceStart,
      opening: Math.min(first + 3, qStart) < words.length ? words.start(Math.min(first + 3, qStart)) : quantity.start,
      clauseOffset: clauseStart < words.length ? clauseOffset : sentenceStart,
      qOffset: qStart < words.length ? words.start(qStart) : quantity.start,
      clauseStart,
      qStart,
      clauseStartOf: (k) => scan.clauseStart[Math.min(Math.max(k, first), scan.last - 1) - first]!,
    },
    // A place opening the clause names the subject only where the document has no main actor of its own.
    { news: !c.doc.report, sentenceScope: !c.doc.report && c.mainActor === null, rank: quantity.unit === 'rank' },
  );
  const subject = c.doc.report ? (named?.name ?? c.mainActor) : newsSubject(c.subjects, named, qStart, metric, clauseText.slice(-NATIONAL_REACH));
  return {
    start: quantity.start,
    end: quantity.end,
    text: quantity.text,
    kind: kindResult.kind,
    ...copyValueBounds(quantity),
    unit,
    change: quantity.change ?? change,
    metric,
    subject,
    horizon: decideHorizon(c, kindResult.kind, { start: clauseOffset, end: clauseEnd - 1 >= 0 && clauseEnd - 1 < words.length ? words.end(clauseEnd - 1) : quantity.end }),
    cues,
    basis: kindResult.basis,
  };
}

// How many characters before a number a national aggregate's name is looked for (a fixed reach keeps a statement O(1)).
const NATIONAL_REACH = 40;
// Numbers of one list: a joiner between them, spaces allowed around it (2068万港元、 5639万港元).
const LIST_JOINERS = new Set([...'、和及与'].map((c) => c.charCodeAt(0)));
const spaceChar = charTest(/^\s$/u);

/** True when `text[from, to)` is one list joiner with only spaces around it. */
function isListGap(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && spaceChar(text.charCodeAt(i))) i++;
  if (i >= to || !LIST_JOINERS.has(text.charCodeAt(i))) return false;
  for (i++; i < to; i++) if (!spaceChar(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Numbers listed one after another (`分别提高到1167元、1937元`, `增长13.6%、9.8%`) share the
 * words in front of the first: its metrics are dealt out in order when there are as many,
 * else the first metric is shared; the change verb governs them all.
 */
function shareAcrossEnumerations(text: string, statements: readonly Statement[]): readonly Statement[] {
  // A statement alone (the usual case) has nothing to share.
  if (statements.length < 2) return statements;
  const out = [...statements];
  let g = 0;
  while (g < out.length) {
    let end = g + 1;
    while (end < out.length && isListGap(text, out[end - 1]!.end, out[end]!.start)) end++;
    if (end - g > 1) {
      const head = out[g]!;
      const items = listMetrics(head.metric, end - g);
      for (let k = g; k < end; k++) {
        const s = out[k]!;
        const metric = items ? items[k - g]! : s.metric || head.metric;
        out[k] = { ...s, metric, change: s.change ?? head.change };
      }
    }
    g = end;
  }
  for (let k = 1; k < out.length; k++) if (out[k]!.metric === '') out[k] = { ...out[k]!, metric: out[k - 1]!.metric };
  return out;
}

/** Index of the first time expression whose end is after `offset` (times sorted, disjoint). */
function timeIndexAfter(times: readonly TimeExpression[], offset: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A duration that only says by when (用3至5年时间) or over which past years (近五年) is a horizon. */
function isHorizonOnly(q: Quantity, times: readonly TimeExpression[]): boolean {
  const k = timeIndexAfter(times, q.start);
  const t = times[k];
  if (!t || !(t.start <= q.start && q.end <= t.end)) return false;
  return (t.meaning.type === 'ahead' && (/^(?:用|再用|花|经过|未来|今后)/u.test(t.text) || /(?:时间|内)$/u.test(t.text))) || t.meaning.type === 'past';
}

function decideChange(c: BuildContext, clauseStart: number, qStart: number): { change: Change; cue: { start: number; end: number; text: string } | null } {
  const { words, text } = c;
  let i = qStart - 1;
  while (i >= clauseStart && BETWEEN_VERB_AND_NUMBER.has(words.word(i))) i--;
  if (i >= clauseStart) {
    const w = words.word(i);
    // 提高到57.9件 is a change *to* a level: no change.
    if (toLevel.has(w) && i - 1 >= clauseStart && (increaseVerbs.has(words.word(i - 1)) || decreaseVerbs.has(words.word(i - 1)))) {
      return { change: null, cue: null };
    }
    const direct = changeOf(w);
    if (direct) return { change: direct, cue: { start: words.start(i), end: words.end(i), text: w } };
    // Without a dictionary segmenter (segmenter 'none') words come as characters: read the
    // two characters before the number instead (增长17%).
    const start = words.start(i);
    if (words.end(i) - start === 1 && start >= 1) {
      const pair = text.slice(start - 1, words.end(i));
      const byText = pair.length === 2 ? changeOf(pair) : null;
      if (byText) return { change: byText, cue: { start: start - 1, end: words.end(i), text: pair } };
    }
  }
  // A clause that opens with 新增/增加 governs the number that closes it (新增普惠性托位近1.9万个).
  let k = clauseStart;
  while (k < qStart && k < clauseStart + 8 && (words.pos(k) === 'd' || words.pos(k) === 't' || words.isChar(k, 0x201c))) k++; // “
  if (k < qStart) {
    const w = words.word(k);
    const start = words.start(k);
    const opening = w === '新增' || w === '增加' || w === '减少' ? changeOf(w) : null;
    if (opening && !FIXED_TERMS.some((term) => text.startsWith(term, start))) return { change: opening, cue: { start, end: words.end(k), text: w } };
  }
  return { change: null, cue: null };
}

function changeOf(word: string): Change {
  if (increaseVerbs.has(word)) return 'increase';
  if (decreaseVerbs.has(word)) return 'decrease';
  return null;
}

// How far back a statement looks for its own time word among streaks and past spans of other clauses.
const TIME_LOOKBACK = 8;

function decideHorizon(c: BuildContext, kind: StatementKind, clause: { start: number; end: number }): Horizon | null {
  const { quantity, doc, para, times } = c;
  // Time words before the number anywhere in the sentence; after it only in its own clause. A
  // streak or a span of past years (连续4年, 近10年来) speaks only for its own clause.
  const local = (t: TimeExpression) => t.start >= clause.start && t.end <= clause.end;
  const usable = (t: TimeExpression) => local(t) || (t.meaning.type !== 'streak' && t.meaning.type !== 'past');
  let chosen: TimeExpression | undefined;
  const k = timeIndexAfter(times, quantity.start); // first time ending after the quantity start
  for (let j = k - 1; j >= Math.max(0, k - TIME_LOOKBACK); j--) {
    if (usable(times[j]!)) {
      chosen = times[j];
      break;
    }
  }
  if (!chosen) {
    let j = k;
    while (j < times.length && times[j]!.start < quantity.end) j++; // overlapping the quantity
    const after = times[j];
    if (after && local(after)) chosen = after;
  }
  // Spec: failing its own time words, a statement takes the nearest earlier ones of its paragraph
  // (news: every kind; a work report carries only into targets, its sections date the rest).
  if (!chosen && (kind === 'target' || !c.doc.report)) chosen = [c.paragraphTime, kind === 'target' ? c.sectionTime : null].find((t) => t && singleYear(t, c)) ?? undefined;
  if (chosen) {
    // News: a part of the year without its year (步入2017年，年内…; 截至2018年3月31日止年度业绩，集团于年内…)
    // is a part of the year its sentence names before it, else of the article's year.
    const named = chosen.meaning.type === 'current' && !doc.report ? lastNamedYear(times, chosen.start) : null;
    const view = named && singleYear(named, c) ? named : null;
    const years = view ? resolveYears(view.meaning, doc.year, para.year, doc.month) : resolveYears(chosen.meaning, doc.year, para.year, doc.month);
    return { text: chosen.text, start: chosen.start, end: chosen.end, ...years };
  }
  if (doc.report && para.mode && para.year !== undefined) {
    return { text: para.yearText ?? `${para.year}年`, from: para.year, to: para.year };
  }
  return null;
}

/** The last time expression ending by `before` that names its year(s) (2017年, 2017年9月1日, 17/18年度). */
function lastNamedYear(times: readonly TimeExpression[], before: number): TimeExpression | null {
  for (let k = timeIndexAfter(times, before) - 1; k >= 0; k--) if (times[k]!.meaning.type === 'year') return times[k]!;
  return null;
}

// Only a point in time carries over from earlier sentences; a plan period (“十五五”) or a span
// of years (2024—2029年) named in passing does not date the numbers after it.
function singleYear(t: TimeExpression, c: BuildContext): boolean {
  if (t.meaning.type === 'ahead') return true;
  // A season or fiscal year across two calendar years (17/18年度, 截至2018年3月31日止年度) is one year of accounts.
  if (/\/|止/u.test(t.text)) return true;
  const years = resolveYears(t.meaning, c.doc.year, c.para.year);
  return years.from === undefined || years.from === years.to;
}

/** A bare rate (…，降幅达38.46%) takes the measure of the statement before it in the sentence. */
function withRateOwner(statement: Statement, previous: Statement | undefined): Statement {
  const metric = rateOwnerMetric(statement.metric, previous?.metric ?? '');
  return metric === statement.metric ? statement : { ...statement, metric };
}
