import type { Quantity } from '../core/types.js';
import { FRAME_WORDS, LINKING_WORDS } from '../lexicon/cues.js';
import { isNominal, isPunct, type WordToken } from './sentenceView.js';

export interface MetricInput {
  readonly words: readonly WordToken[];
  readonly text: string;
  /** Token indices: the clause is [clauseStart, clauseEnd), the quantity [qStart, qEnd). */
  readonly clauseStart: number;
  readonly qStart: number;
  readonly qEnd: number;
  readonly clauseEnd: number;
  readonly quantities: readonly Quantity[];
  readonly quantity: Quantity;
  /** The document's main actor, cut from the front of a metric (廊坊开发区综合排名 → 综合排名). */
  readonly subject: string | null;
  readonly capacity: boolean;
}

const linking = new Set(LINKING_WORDS);
const PLACE_HEADS = new Set(['开发区', '新区', '高新区', '地区', '全省', '全市', '市', '省', '县', '区']);
const TIME_UNITS = new Set(['年', '月', '日', '周', '小时', '分钟', '秒', '工作日', '季度']);
const RANK_SCOPES = new Set(['全国', '全球', '世界', '全省', '全市', '全区', '国内', '国际', '行业', '同类', '全球城市', '全国城市', '各城市']);
const CONJUNCTIONS = new Set(['和', '及', '与', '以及', '或']);
// Heads that name the project, not what it makes (年产1000台燃气轮机高温部件项目).
const PROJECT_HEADS = new Set(['项目', '工程', '基地', '现场', '生产线']);
const TRIM_POS = /^(?:c|p|d|r|u|uj|ul|uz|ud|ug|y|e|o|t|tg|m|q|zg)$/u;
// Function words that never glue into a name, even when jieba leaves them as single characters.
const FUNCTION_CHARS = new Set([...'的在了和与及是为将对把被从向均都也又而并或等之其该各每已']);

/** A lone Han character jieba could not place (普/惠/性/托/位): most likely part of a word it does not know. */
function isGlue(w: WordToken): boolean {
  return w.text.length === 1 && /\p{Script=Han}/u.test(w.text) && !FUNCTION_CHARS.has(w.text);
}

/**
 * The shortest noun phrase naming what a quantity measures: the words after it when it counts
 * them (建设4万亩高标准农田), else the words before it up to the verb that links them
 * (规上工业增加值增长8.3%), never the verb or the number.
 */
export function findMetric(input: MetricInput): string {
  // A span of time (连续26年全国第一) does not count the words after it.
  const right = TIME_UNITS.has(input.quantity.unit) ? [] : rightPhrase(input);
  if (right.length > 0) return render(input, trimEnds(input, right, true));
  const left = leftPhrase(input);
  return render(input, trimEnds(input, left, false));
}

/** True when `w` overlaps a quantity of the sentence other than this one (binary search: quantities are sorted and disjoint). */
function insideOtherQuantity(input: MetricInput, w: WordToken): boolean {
  const qs = input.quantities;
  let lo = 0;
  let hi = qs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (qs[mid]!.end <= w.start) lo = mid + 1;
    else hi = mid;
  }
  const q = qs[lo];
  return q !== undefined && q !== input.quantity && q.start < w.end;
}

/** Nominal words right after the quantity, up to the first non-nominal word after a noun. */
function rightPhrase(input: MetricInput): WordToken[] {
  const { words } = input;
  const out: WordToken[] = [];
  let sawNoun = false;
  let i = input.qEnd;
  if (i < input.clauseEnd && words[i]!.text.trim() === '') i++; // 25.9亿元 贷款
  for (; i < input.clauseEnd; i++) {
    const w = words[i]!;
    if (insideOtherQuantity(input, w)) break;
    // 200名副高级以上职称的医疗专家: the head after 的 is what is counted (not right after the number:
    // 投资1.43亿美元的产业园 measures the investment).
    if (w.text === '的' && out.length > 0 && i + 1 < input.clauseEnd && isNominal(words[i + 1]!)) {
      out.length = 0;
      sawNoun = false;
      continue;
    }
    if (w.text === '的' || w.text === '、') break;
    if (w.text === '“') {
      const close = quoteEnd(words, i, input.clauseEnd);
      if (close < 0) break;
      for (let k = i; k <= close; k++) out.push(words[k]!);
      i = close;
      sawNoun = true; // a quoted name is a noun phrase (建成100个“美丽街区”)
      continue;
    }
    if (isPunct(w) && !isNominal(w)) break;
    if (isNominal(w) || isGlue(w) || (sawNoun && w.pos === 'm' && !/\d/u.test(w.text))) {
      sawNoun = true;
      out.push(w);
      continue;
    }
    // A verb after a modifier belongs to a compound noun (体外|诊断|试剂); after a full noun it
    // starts the predicate (财政资金|用于|科技创新).
    const next = words[i + 1];
    const prev = out[out.length - 1];
    if (
      sawNoun && w.pos.startsWith('v') && next && i + 1 < input.clauseEnd && /^n[sztg]?$/u.test(next.pos) &&
      !insideOtherQuantity(input, next) && prev !== undefined && (!prev.pos.startsWith('n') || nounsCloseThePhrase(input, i + 1))
    ) {
      out.push(w);
      continue;
    }
    // Before the head noun, verbs, adjectives, time words and conjunctions can modify it
    // (续建和保投产项目, 幸福河湖, 未来产业).
    if (!sawNoun && (w.pos.startsWith('v') || w.pos === 'a' || w.pos === 't' || CONJUNCTIONS.has(w.text))) {
      out.push(w);
      continue;
    }
    break;
  }
  if (!sawNoun) return [];
  while (out.length > 0 && !isNominal(out[out.length - 1]!)) out.pop();
  return out;
}

/** True when the nouns from token `k` on run to the end of the phrase (公共空间休憩座椅。). */
function nounsCloseThePhrase(input: MetricInput, k: number): boolean {
  const { words } = input;
  while (k < input.clauseEnd && /^n[sztg]?$/u.test(words[k]!.pos) && !insideOtherQuantity(input, words[k]!)) k++;
  const after = words[k];
  return k >= input.clauseEnd || after === undefined || isPunct(after) || CONJUNCTIONS.has(after.text) || insideOtherQuantity(input, after);
}

/** The words before the quantity, after dropping the linking verb, back to a frame word or break. */
function leftPhrase(input: MetricInput): WordToken[] {
  const { words } = input;
  let i = input.qStart - 1;
  // 开工量、完工量均实现翻番, 起数、死亡人数分别下降17.7%、12.5%: one clause, several metrics
  let shared = false;
  for (;;) {
    while (i >= input.clauseStart && (linking.has(words[i]!.text) || words[i]!.pos === 'd')) {
      if (SHARING.has(words[i]!.text)) shared = true;
      i--;
    }
    const base = comparisonBaseStart(words, i, input.clauseStart);
    if (base < 0) break;
    i = base - 1; // 贷款较上年末增长23.2%: the base is not the metric
  }
  const out: WordToken[] = [];
  for (; i >= input.clauseStart; i--) {
    const w = words[i]!;
    if (FRAME_WORDS.has(w.text) || insideOtherQuantity(input, w)) break;
    if ((w.text === '、' && shared) || (isGlue(w) && !linking.has(w.text))) {
      out.push(w);
      continue;
    }
    // 披露业绩快报的公司共有1234家, 净利润下降的公司有320家: a relative clause (a verb, or a verb
    // and its object, before 的) says which of the head noun are counted, so it stays with the
    // head (a bare 公司 or 项目 does not say what is measured). A plain possessor (公司的净利润)
    // is not taken: it names the owner, which is the subject's job.
    if (w.text === '的' && out.some(isNominal) && i - 1 >= input.clauseStart) {
      const before = words[i - 1]!;
      const prior = i - 2 >= input.clauseStart ? words[i - 2]! : undefined;
      const relative = before.pos.startsWith('v') || (isNominal(before) && prior !== undefined && prior.pos.startsWith('v'));
      // …but a named body doing the verb (世界知识产权组织发布的全球百强科技集群) says who made the
      // list, not which members are measured: the head stands alone.
      const source = before.pos.startsWith('v') && prior !== undefined && /^(?:nt|nr|ns|nz)$/u.test(prior.pos);
      if (relative && !source) {
        out.push(w);
        continue;
      }
    }
    if (w.text === '”') {
      const open = quoteStart(words, i, input.clauseStart);
      if (open < 0) break;
      for (let k = i; k >= open; k--) out.push(words[k]!);
      i = open;
      continue;
    }
    if (isPunct(w) && !isNominal(w)) break;
    if (isNominal(w) || w.pos.startsWith('v') || CONJUNCTIONS.has(w.text) || (w.pos === 'm' && !/\d/u.test(w.text)) || w.pos === 'a' || w.pos === 'f') {
      out.push(w);
      continue;
    }
    break;
  }
  return out.reverse();
}

function quoteEnd(words: readonly WordToken[], open: number, limit: number): number {
  for (let k = open + 1; k < limit; k++) if (words[k]!.text === '”') return k;
  return -1;
}

function quoteStart(words: readonly WordToken[], close: number, limit: number): number {
  for (let k = close - 1; k >= limit; k--) if (words[k]!.text === '“') return k;
  return -1;
}

const SHARING = new Set(['均', '都', '分别']);
const BASE_WORDS = new Set(['较', '比', '同比', '环比']);

/** Start of a comparison base (较 + time or noun words) ending at token `i`, or -1. */
function comparisonBaseStart(words: readonly WordToken[], i: number, limit: number): number {
  for (let k = i; k >= limit && k >= i - 4; k--) {
    const w = words[k]!;
    if (BASE_WORDS.has(w.text)) return k;
    if (!/^(?:t|tg|n|ns|f|m|r)$/u.test(w.pos)) return -1;
  }
  return -1;
}

function trimEnds(input: MetricInput, phrase: WordToken[], right: boolean): WordToken[] {
  let from = 0;
  let to = phrase.length;
  const droppable = (w: WordToken) =>
    (TRIM_POS.test(w.pos) && !isGlue(w)) || (isPunct(w) && w.text !== '“' && w.text !== '”') || linking.has(w.text) || FRAME_WORDS.has(w.text);
  // Words after a count modify its noun (未来产业, 幸福河湖): only punctuation is trimmed in front.
  if (right) while (from < to && isPunct(phrase[from]!) && phrase[from]!.text !== '“') from++;
  else while (from < to && droppable(phrase[from]!)) from++;
  while (to > from && (droppable(phrase[to - 1]!) || phrase[to - 1]!.text === '“' || phrase[to - 1]!.pos === 'f')) to--;
  // A place that opens the phrase is the subject, not part of the metric (廊坊开发区综合排名).
  if (!right) {
    const k = from + 2;
    if (k < to && phrase[from]!.pos === 'ns' && PLACE_HEADS.has(phrase[from + 1]!.text)) from = k;
  }
  // Drop the main actor at the front (廊坊开发区综合排名 → 综合排名) when something is left.
  if (input.subject && from < to) {
    let acc = '';
    for (let k = from; k < to; k++) {
      acc += phrase[k]!.text;
      if (acc === input.subject && k + 1 < to) {
        from = k + 1;
        break;
      }
      if (!input.subject.startsWith(acc)) break;
    }
  }
  if (input.capacity) while (to - from > 1 && PROJECT_HEADS.has(phrase[to - 1]!.text)) to--;
  // 污染防治攻坚战成效考核全国第一: 全国 is where the rank holds, not what is ranked.
  if (input.quantity.unit === 'rank') while (to > from && RANK_SCOPES.has(phrase[to - 1]!.text)) to--;
  return phrase.slice(from, to);
}

function render(input: MetricInput, phrase: readonly WordToken[]): string {
  if (phrase.length === 0) return '';
  let s = input.text.slice(phrase[0]!.start, phrase[phrase.length - 1]!.end);
  // Balance a quote cut in half by the phrase edges.
  const opens = (s.match(/“/gu) ?? []).length;
  const closes = (s.match(/”/gu) ?? []).length;
  if (opens > closes && s.endsWith('“')) s = s.slice(0, -1);
  if (closes > opens && s.startsWith('”')) s = s.slice(1);
  return s.trim();
}

// Nouns naming the rate of change of some other measure; alone they do not say of what.
const RATE_NOUNS = new Set(['涨幅', '跌幅', '降幅', '增幅', '升幅', '减幅', '涨跌幅', '增速', '增长率', '降速']);

/**
 * The metric of a bare rate noun (报收4239.4点，跌幅0.76% → IF1802…跌幅): news reports a level
 * and then its rate of change in the next clause, naming the measure only once, so the rate
 * belongs to the metric of the statement just before it in the sentence. Any other metric, or
 * a previous metric that is empty or itself a rate, is returned unchanged.
 */
export function rateOwnerMetric(metric: string, previousMetric: string): string {
  if (!RATE_NOUNS.has(metric) || previousMetric === '' || endsWithRate(previousMetric)) return metric;
  return previousMetric + metric;
}

function endsWithRate(metric: string): boolean {
  for (const r of RATE_NOUNS) if (metric.endsWith(r)) return true;
  return false;
}
