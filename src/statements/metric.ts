import type { Quantity } from '../core/types.js';
import { FRAME_WORDS, LINKING_WORDS } from '../lexicon/cues.js';
import { COMPANY_ANAPHORS } from './newsNames.js';
import { isClauseBreak, isNominal, isPunct } from './sentenceView.js';
import { charTest, type Words } from './words.js';
import { TagClass } from '../segment/tagSet.js';

export interface MetricInput {
  readonly words: Words;
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
  /** First token of the sentence: a clause without a topic of its own continues the previous clause's. */
  readonly sentenceStart?: number;
}

// Besides the linking verbs of the lexicon, verbs of having, remaining, totalling, spending and
// holding take the amount as their object (累计规模仅剩1388.22亿元, 公司共有121家, 共计4.2亿平方米,
// 花了5760万, 维持在85%-89%): they link the metric to the number, they are not part of it.
const AMOUNT_VERBS = [
  '仅有', '共有', '总共', '尚有', '还有', '另有', '拥有', '剩', '仅剩', '剩下', '只剩', '共计', '合计', '总计', '花', '花了',
  '支付', '卖', '卖到', '卖出', '售出', '获得', '取得', '维持', '维持在', '录得', '收报', '报收', '达到了', '高达',
];
const levelLinking = new Set(LINKING_WORDS);
// 以 introduces the amount a thing is done at (金价以1306.03美元/盎司结束2017年): it links too.
const linking = new Set([...LINKING_WORDS, ...AMOUNT_VERBS, '以']);
const PLACE_HEADS = new Set(['开发区', '新区', '高新区', '地区', '全省', '全市', '市', '省', '县', '区']);
const TIME_UNITS = new Set(['年', '月', '日', '周', '小时', '分钟', '秒', '工作日', '季度']);
const RANK_SCOPES = new Set(['全国', '全球', '世界', '全省', '全市', '全区', '国内', '国际', '行业', '同类', '全球城市', '全国城市', '各城市']);
const CONJUNCTIONS = new Set(['和', '及', '与', '以及', '或']);
// Heads that name the project, not what it makes (年产1000台燃气轮机高温部件项目).
const PROJECT_HEADS = new Set(['项目', '工程', '基地', '现场', '生产线']);
// Function words, pronouns, time words and numerals: trimmed off the ends of a metric.
const TRIM = new TagClass((pos) => /^(?:c|p|d|r|u|uj|ul|uz|ud|ug|y|e|o|t|tg|m|q|zg)$/u.test(pos));
// Function words that never glue into a name, even when jieba leaves them as single characters.
// 于/以/由/比/较 are prepositions (收|于, 以|约700万元): a split verb ends at them, no name goes on through them.
const FUNCTION_CHARS = new Set([...'的在了和与及是为将对把被从向均都也又而并或等之其该各每已于以由比较按据至仅只还就再约近但如若且'].map((c) => c.charCodeAt(0)));
const hanChar = charTest(/^\p{Script=Han}$/u);

/** A lone Han character jieba could not place (普/惠/性/托/位): most likely part of a word it does not know. */
function isGlue(words: Words, k: number): boolean {
  if (words.size(k) !== 1) return false;
  const c = words.text.charCodeAt(words.start(k));
  return hanChar(c) && !FUNCTION_CHARS.has(c);
}

// Token tests by tag class (worked out once per tag, see TagClass).
const VERB = new TagClass((pos) => pos.startsWith('v'));
const NOUN = new TagClass((pos) => pos.startsWith('n'));
// A token made of digits somewhere (a numeral written in figures, not 多 or 数).
const hasDigit = (words: Words, k: number): boolean => /\d/u.test(words.word(k));

/**
 * The shortest noun phrase naming what a quantity measures: the words after it when it counts
 * them (建设4万亩高标准农田), else the words before it up to the verb that links them
 * (规上工业增加值增长8.3%), never the verb or the number.
 */
export function findMetric(input: MetricInput): string {
  if (input.quantity.unit === '%') {
    const share = shareMetric(input);
    if (share !== null) return share;
  }
  // A span of time (连续26年全国第一) does not count the words after it.
  const right = TIME_UNITS.has(input.quantity.unit) ? [] : trimEnds(input, rightPhrase(input), true);
  // 678.29亿元 人民币: a currency name after the amount is trimmed away; the metric is then before it.
  if (right.length > 0) return relativeBefore(input) + render(input, right);
  const phrase = trimEnds(input, leftPhrase(input), false);
  // 李先生本月仍旧要还5600元, 冉涌今年42岁: a person or a body alone owns the figure
  // (the subject's job); it does not say what is measured. (A place is not tested: jieba tags 城市 ns.)
  const left = phrase.every((k) => OWNER.has(input.words, k)) ? '' : render(input, phrase);
  return left !== '' ? left : previousClauseTopic(input);
}

// 占比达79.34%: the share noun written right before the number (jieba cuts it 占|比达 or 占|比|为).
const SHARE_NOUN_BEFORE = /占比(?:达到|达|为|约|高达|超过|超|已达|仅为|不足|接近)?\s*$/u;
const SHARE_VERBS = new Set(['占', '占到', '占据', '占了']);
// How far before the number 占 may stand: 占 + the whole (我国甲醇产能) + 的.
const SHARE_REACH = 10;

/**
 * A share (煤制甲醇占我国甲醇产能的70%左右, 亏损金额占买入金额的45%, 在公募总规模中占59.65%):
 * what is measured is the part's share of the whole, so the metric names both, joined by 占
 * (煤制甲醇占我国甲醇产能). The part may follow the number (占经济总量约70%的消费支出), or be left
 * to the clause before (…，占全部基金的59.65% → 占全部基金). A bare 占比 is the share noun, which
 * `rateOwnerMetric` gives to the measure before it. Null when the number is no share.
 */
function shareMetric(input: MetricInput): string | null {
  const { words, text } = input;
  const clauseFrom = input.clauseStart < words.length ? words.start(input.clauseStart) : input.quantity.start;
  if (SHARE_NOUN_BEFORE.test(text.slice(Math.max(clauseFrom, input.quantity.start - 8), input.quantity.start))) {
    // 其利息收入占比近6成: the part before 占比 is whose share it is.
    let at = input.qStart - 1;
    while (at > input.clauseStart && at > input.qStart - 5 && !startsWithZhan(words, at)) at--;
    const owner = startsWithZhan(words, at) ? render(input, trimEnds(input, leftPhrase({ ...input, qStart: at, qEnd: at }), false)) : '';
    return owner + '占比';
  }
  let k = input.qStart - 1;
  while (k >= input.clauseStart && (words.pos(k) === 'd' || words.word(k) === '的' || words.word(k).trim() === '')) k--;
  const wholeEnd = k + 1;
  let at = -1;
  for (let j = k; j >= input.clauseStart && j > input.qStart - SHARE_REACH; j--) {
    const w = words.word(j);
    if (SHARE_VERBS.has(w)) {
      at = j;
      break;
    }
    // The whole is a noun phrase, though jieba tags some of its nouns as verbs (甲醇|产能/v).
    if (insideOtherQuantity(input, j) || (isPunct(words, j) && !isNominal(words, j)) || FRAME_WORDS.has(w) || (!isNominal(words, j) && !isGlue(words, j) && words.pos(j) !== 'r' && words.pos(j) !== 'v')) return null;
  }
  if (at < 0) return null;
  let whole = range(at + 1, wholeEnd);
  let partEnd = at;
  // 在公募总规模中占59.65%: the whole is inside 在…中.
  if (whole.length === 0) {
    const inner = at - 1;
    if (inner <= input.clauseStart || !/^(?:中|里|内)$/u.test(words.word(inner))) return null;
    let open = inner - 1;
    while (open >= input.clauseStart && words.word(open) !== '在' && inner - open < SHARE_REACH) open--;
    if (open < input.clauseStart || words.word(open) !== '在') return null;
    whole = range(open + 1, inner);
    partEnd = open;
  }
  if (whole.length === 0) return null;
  let part = render(input, trimEnds(input, leftPhrase({ ...input, qStart: partEnd, qEnd: partEnd }), false));
  // 占经济总量约70%的消费支出: the part is the noun the share describes.
  if (part === '' && input.qEnd < words.length && words.word(input.qEnd) === '的') {
    const after = rightPhrase({ ...input, qStart: input.qEnd + 1, qEnd: input.qEnd + 1 });
    part = render(input, trimEnds(input, after, true));
  }
  return part + '占' + render(input, whole);
}

/** Token indexes `from … to-1`. */
function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

/** True when token `k` starts with 占 (占, 占到, 占比达). */
function startsWithZhan(words: Words, k: number): boolean {
  return words.text.charCodeAt(words.start(k)) === 0x5360;
}

const TOPIC_REACH = 24;
const COMPARATIVE_END = /[较更]$/u;
// Verbs that end a clause of reporting (机构表示，…, 数据显示，…): the clause names a source, not a topic.
const REPORTING_END = /(?:表示|称|说|指出|显示|认为|透露|介绍|强调|获悉|报道|了解|发现|预计|公告|宣布)$/u;

/**
 * The topic of the clause before this one, for a clause that has none of its own (汇丰的受罚规模
 * 较小，仅有160万美元): Chinese drops the topic of a clause that goes on about the one before,
 * so the words before the number are only verbs and adverbs. The topic is read back from the
 * end of the previous clause as a metric would be, past adjectives and verbs of its predicate.
 */
function previousClauseTopic(input: MetricInput): string {
  const { words } = input;
  const from = input.sentenceStart;
  const breakAt = input.clauseStart - 1;
  if (listedAfterNumber(input)) return '';
  if (from === undefined || breakAt <= from || !isClauseBreak(words, breakAt) || words.word(breakAt) === '；' || words.word(breakAt) === ';') return '';
  let start = breakAt - 1;
  // A topic stands within a fixed reach of the break: no scan grows with the sentence.
  while (start > from && start > breakAt - TOPIC_REACH && !isClauseBreak(words, start - 1)) start--;
  let end = breakAt;
  // 受罚规模较小, 住户贷款增速继续放缓: an adjective, adverb or verb predicate closes the clause
  // after its topic (a measure noun jieba tags as a verb, 规模较/v, stays).
  while (end > start && PREDICATE.has(words, end - 1) && !isMeasureWord(words, end - 1) && !isMeasureString(words.word(end - 1).replace(COMPARATIVE_END, ''))) end--;
  if (end <= start || REPORTING_END.test(words.word(end - 1))) return '';
  const topic = trimEnds(input, leftPhrase({ ...input, clauseStart: start, qStart: end, qEnd: end, clauseEnd: breakAt }), false);
  // Only a measure carries over (规模, 价格, 开工率): a clause about an event or a thing
  // (期指分化严重, 一泻千里) does not say what the next number measures.
  if (topic.length === 0) return '';
  const last = words.word(topic[topic.length - 1]!);
  // 规模较/v 小: jieba glues the comparative adverb (较, 更) of the predicate onto the noun.
  const glued = last.length > 1 && /[较更]$/u.test(last);
  if (!MEASURE_END.test(glued ? last.slice(0, -1) : last)) return '';
  const text = render(input, topic);
  return glued ? text.slice(0, -1) : text;
}

/** True when the quantity is a later item of a list of numbers (378.67%和324.60%): the list shares its metric. */
function listedAfterNumber(input: MetricInput): boolean {
  const joiner = input.qStart - 1;
  const before = input.qStart - 2;
  return before >= 0 && joiner < input.words.length && before >= input.clauseStart && LIST_JOINERS.has(input.words.word(joiner)) && insideOtherQuantity(input, before);
}
const LIST_JOINERS = new Set(['、', '和', '及', '与', '或']);
const TIME_REMNANTS = new Set(['末', '底', '初', '时期', '单月', '当月', '同期', '期间', '以来', '来', '年内', '月内']);

/** True when token `k` overlaps a quantity of the sentence other than this one (binary search: quantities are sorted and disjoint). */
function insideOtherQuantity(input: MetricInput, k: number): boolean {
  const qs = input.quantities;
  const start = input.words.start(k);
  let lo = 0;
  let hi = qs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (qs[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const q = qs[lo];
  return q !== undefined && q !== input.quantity && q.start < input.words.end(k);
}

/** Nominal words right after the quantity, up to the first non-nominal word after a noun. */
function rightPhrase(input: MetricInput): number[] {
  const { words } = input;
  const out: number[] = [];
  let sawNoun = false;
  let i = input.qEnd;
  // 发放25.9亿元 贷款: a space (a line wrap in the source) between a count and its noun is crossed,
  // but not after a verb of change or a linking verb: 净利润下跌6.9% 计提… is a headline whose
  // space separates two clauses, and the number is the size of the change, not a count.
  const gap = i < input.clauseEnd && (words.word(i).trim() === '' || /^\s+$/u.test(input.text.slice(i - 1 >= 0 ? words.end(i - 1) : words.start(i), words.start(i))));
  if (gap) {
    if (linkingStart(words, input.qStart - 1, input.clauseStart) >= 0) return [];
    if (words.word(i).trim() === '') i++;
  }
  for (; i < input.clauseEnd; i++) {
    const w = words.word(i);
    if (insideOtherQuantity(input, i)) break;
    // 200名副高级以上职称的医疗专家: the head after 的 is what is counted (not right after the number:
    // 投资1.43亿美元的产业园 measures the investment).
    if (w === '的' && out.length > 0 && i + 1 < input.clauseEnd && isNominal(words, i + 1)) {
      out.length = 0;
      sawNoun = false;
      continue;
    }
    // 募集不超过32亿元的配套资金, 以约700万元的初始资金, 平均14%的管理资产: a number before 的 sizes
    // the noun after it. Not after a linking verb (达到95%的水平, 增长5%的目标: the level or change
    // of the measure before it) nor after a noun-verb that is itself the measure (投资1.43亿美元的产业园).
    // A name after 的 is described, not measured (89岁的赵无极, 两连败的费耶诺德).
    if (w === '的' && out.length === 0 && i === input.qEnd && i + 1 < input.clauseEnd && (isNominal(words, i + 1) || words.pos(i + 1) === 'a') && !NAME.has(words, i + 1) && sizesNounAfter(input)) continue;
    if (w === '的' || w === '、') break;
    if (w === '“') {
      const close = quoteEnd(words, i, input.clauseEnd);
      if (close < 0) break;
      for (let k = i; k <= close; k++) out.push(k);
      i = close;
      sawNoun = true; // a quoted name is a noun phrase (建成100个“美丽街区”)
      continue;
    }
    if (isPunct(words, i) && !isNominal(words, i)) break;
    // 15家银行累计发卡710万张: a frame or linking word after the noun starts the predicate.
    if (sawNoun && (FRAME_WORDS.has(w) || levelLinking.has(w))) break;
    // 60万吨产能/v投放: jieba tags some measure nouns as verbs.
    if (isNominal(words, i) || isGlue(words, i) || isMeasureWord(words, i) || (sawNoun && words.pos(i) === 'm' && !hasDigit(words, i))) {
      sawNoun = true;
      out.push(i);
      continue;
    }
    // A verb after a modifier belongs to a compound noun (体外|诊断|试剂); after a full noun it
    // starts the predicate (财政资金|用于|科技创新).
    const next = i + 1;
    const prev = out.length > 0 ? out[out.length - 1]! : -1;
    if (
      sawNoun && VERB.has(words, i) && next < words.length && next < input.clauseEnd && PLAIN_NOUN.has(words, next) &&
      !insideOtherQuantity(input, next) && prev >= 0 && (!NOUN.has(words, prev) || nounsCloseThePhrase(input, i + 1))
    ) {
      out.push(i);
      continue;
    }
    // Before the head noun, verbs, adjectives, time words and conjunctions can modify it
    // (续建和保投产项目, 幸福河湖, 未来产业).
    if (!sawNoun && (VERB.has(words, i) || words.pos(i) === 'a' || words.pos(i) === 't' || CONJUNCTIONS.has(w))) {
      out.push(i);
      continue;
    }
    break;
  }
  if (!sawNoun) return [];
  while (out.length > 0 && !isNominal(words, out[out.length - 1]!) && !isMeasureWord(words, out[out.length - 1]!)) out.pop();
  return out;
}

// Endings of nouns that name a measure (价格, 金额, 比率, 产量, 规模…), not a thing that is counted.
const MEASURE_END = /(?:价|价格|额|率|量|值|数|金|费|款|酬|薪|规模|面积|收入|利润|比例|比重|资产|资金|成本|产能|幅|速|指数|亏损|减值|开支|支出|权益)$/u;

const NAME = new TagClass((pos) => /^(?:nr|nrfg|nrt|ns|nt|nz)$/u.test(pos));
const OWNER = new TagClass((pos) => /^(?:nr|nrfg|nrt|nt)$/u.test(pos));
// Plain nouns, place, organisation and other proper nouns (not names of people, not noun-verbs).
const PLAIN_NOUN = new TagClass((pos) => /^n[sztg]?$/u.test(pos));
// Words of a predicate that closes a clause after its topic: adjectives, adverbs, verbs, particles.
const PREDICATE = new TagClass((pos) => /^(?:a|ad|d|ul|y|v)$/u.test(pos));

function isMeasureText(text: string): boolean {
  return MEASURE_END.test(text.replace(/[(（][^()（）]*[)）]$/u, ''));
}

/** A measure noun, whatever jieba tags it (产能/v). */
function isMeasureWord(words: Words, k: number): boolean {
  return words.size(k) > 1 && MEASURE_END.test(words.word(k));
}

function isMeasureString(text: string): boolean {
  return text.length > 1 && MEASURE_END.test(text);
}

/** True when the word before the quantity (past adverbs) is neither a linking verb nor a noun-verb measure. */
function sizesNounAfter(input: MetricInput): boolean {
  let k = input.qStart - 1;
  while (k >= input.clauseStart && input.words.pos(k) === 'd') k--;
  if (k < input.clauseStart) return true;
  const before = input.words.word(k);
  // 原价40多元的盐, 罚款约3733万元的行政处罚: a measure noun right before the number is what it gives.
  if (isNominal(input.words, k) && MEASURE_END.test(before)) return false;
  return input.words.pos(k) !== 'vn' && (!levelLinking.has(before) || before === '以') && linkingStart(input.words, k, input.clauseStart) !== k - 1;
}

/** True when the nouns from token `k` on run to the end of the phrase (公共空间休憩座椅。). */
function nounsCloseThePhrase(input: MetricInput, k: number): boolean {
  const { words } = input;
  while (k < input.clauseEnd && PLAIN_NOUN.has(words, k) && !insideOtherQuantity(input, k)) k++;
  return k >= input.clauseEnd || k >= words.length || isPunct(words, k) || CONJUNCTIONS.has(words.word(k)) || insideOtherQuantity(input, k);
}

/** The words before the quantity, after dropping the linking verb, back to a frame word or break. */
function leftPhrase(input: MetricInput): number[] {
  const { words } = input;
  let i = input.qStart - 1;
  // 开工量、完工量均实现翻番, 起数、死亡人数分别下降17.7%、12.5%: one clause, several metrics
  let shared = false;
  for (;;) {
    for (;;) {
      const k = i >= input.clauseStart ? linkingStart(words, i, input.clauseStart) : -1;
      if (k < 0 && !(i >= input.clauseStart && isManner(words, i))) break;
      for (let j = Math.max(k, input.clauseStart); j <= i; j++) if (SHARING.has(words.word(j))) shared = true;
      i = k >= 0 ? k - 1 : i - 1;
    }
    // 增长至2017年的5298.8亿元: a time word with 的 dates the number, it does not name it.
    if (i - 1 >= input.clauseStart && words.word(i) === '的' && TIME_WORD.has(words, i - 1)) {
      i -= 2;
      continue;
    }
    const base = comparisonBaseStart(input, i);
    if (base < 0) break;
    i = base - 1; // 贷款较上年末增长23.2%, 净利从去年同期的228.91亿下跌至…: the base is not the metric
  }
  const out: number[] = [];
  const listed = shared;
  for (; i >= input.clauseStart; i--) {
    const w = words.word(i);
    if (FRAME_WORDS.has(w) || insideOtherQuantity(input, i)) break;
    if ((w === '、' && shared) || (isGlue(words, i) && !linking.has(w))) {
      out.push(i);
      continue;
    }
    // A list of metrics dealt out by 分别 keeps its items whole: a bracketed note inside an item
    // (或然代价公允值亏损(收购高端权益业务所致)), a preposition opening one (按公允值计入…), and
    // (above) a possessor with 的 (金融资产的公允值亏损): the items are told apart by the list.
    if (shared && inList(words, out) && (w === ')' || w === '）')) {
      const open = bracketStart(words, i, input.clauseStart);
      if (open >= 0) {
        for (let k = i; k >= open; k--) out.push(k);
        i = open;
        continue;
      }
    }
    if (shared && inList(words, out) && words.pos(i) === 'p' && isNominal(words, out[out.length - 1]!)) {
      out.push(i);
      continue;
    }
    // 披露业绩快报的公司共有1234家, 净利润下降的公司有320家: a relative clause (a verb, or a verb
    // and its object, before 的) says which of the head noun are counted, so it stays with the
    // head (a bare 公司 or 项目 does not say what is measured). A plain possessor (公司的净利润)
    // is not taken: it names the owner, which is the subject's job.
    if (w === '的' && out.some((k) => isNominal(words, k)) && ((shared && inList(words, out)) || relativeClauseStart(input, i) >= 0)) {
      out.push(i);
      continue;
    }
    // 国内生产总值(GDP): a gloss in brackets after the name adds nothing to it.
    if ((w === ')' || w === '）') && out.length === 0) {
      const open = glossStart(words, i, input.clauseStart);
      if (open >= 0) {
        i = open;
        continue;
      }
    }
    if (w === '”') {
      const open = quoteStart(words, i, input.clauseStart);
      if (open < 0) break;
      for (let k = i; k >= open; k--) out.push(k);
      i = open;
      continue;
    }
    if (isPunct(words, i) && !isNominal(words, i)) break;
    if (isNominal(words, i) || VERB.has(words, i) || CONJUNCTIONS.has(w) || (words.pos(i) === 'm' && !hasDigit(words, i)) || words.pos(i) === 'a' || words.pos(i) === 'f') {
      out.push(i);
      continue;
    }
    break;
  }
  out.reverse();
  return listed ? withoutListSubject(words, out) : out;
}

/** True once the words read so far hold a list of metrics (…、…), read backwards. */
function inList(words: Words, out: readonly number[]): boolean {
  return out.some((k) => words.word(k) === '、');
}

/**
 * 集团确认股份酬金成本、或然代价…分别为…: before the first item of a list of metrics, a company
 * or a name and a verb are the clause's subject and predicate, not part of the item (a verb with
 * no such agent before it, 接待游客人次、旅游总花费 or 商品房网签销售面积, stays: it is the item's own).
 */
function withoutListSubject(words: Words, phrase: number[]): number[] {
  const comma = phrase.findIndex((k) => words.word(k) === '、');
  if (comma < 0) return phrase;
  const end = comma;
  for (let k = 1; k < end - 1; k++) {
    const agent = phrase[k - 1]!;
    if (words.pos(phrase[k]!) === 'v' && (OWNER.has(words, agent) || COMPANY_ANAPHORS.has(words.word(agent))) && isNominal(words, phrase[k + 1]!)) return phrase.slice(k + 1);
  }
  return phrase;
}

/**
 * A relative clause before the count (披露业绩快报的121家公司, 被调查的25位交易商) says which of the
 * counted things are meant, as it does before a head noun: it is kept, with its 的.
 */
function relativeBefore(input: MetricInput): string {
  const de = input.qStart - 1;
  // X中的/X里的 (额度中的40%) is a part of X, not a relative clause.
  if (de <= input.clauseStart || input.words.word(de) !== '的' || input.words.pos(de - 1) === 'f') return '';
  let from = relativeClauseStart(input, de);
  if (from < 0) return '';
  // A lone verb (签约的2个重点项目) tells how the things stand, not which: only a verb with its
  // object (披露业绩快报的) or a passive (被调查的) is kept.
  const passive = from - 1 > input.clauseStart && input.words.word(from - 1) === '被';
  if (passive) from--;
  else if (from === de - 1) return '';
  return input.text.slice(input.words.start(from), input.words.end(de));
}

// How many nouns a verb's object in a relative clause may have (披露|业绩|快报|的).
const OBJECT_REACH = 3;

/**
 * Start of a relative clause ending right before the 的 at `de`: a verb, or a verb and its object
 * of up to three nouns (披露业绩快报的), or -1. A named body doing the verb (世界知识产权组织发布的
 * 全球百强科技集群) says who made a list, not which members are measured: no relative clause then.
 */
function relativeClauseStart(input: MetricInput, de: number): number {
  const { words } = input;
  let k = de - 1;
  const isVerb = (j: number) => VERB.has(words, j) && !insideOtherQuantity(input, j);
  while (k >= input.clauseStart && k > de - 1 - OBJECT_REACH && !isVerb(k) && isNominal(words, k) && !isPunct(words, k) && !insideOtherQuantity(input, k)) k--;
  if (k < input.clauseStart || !isVerb(k)) return -1;
  if (k === de - 1 && k - 1 >= 0 && k - 1 >= input.clauseStart && AGENT_NAME.has(words, k - 1)) return -1;
  return k;
}

// How far back a bracketed note inside a list item may open.
const NOTE_REACH = 12;

/** The opening bracket matching the one closed at `close`, within a short note, or -1. */
function bracketStart(words: Words, close: number, limit: number): number {
  for (let k = close - 1; k >= limit && k >= close - NOTE_REACH; k--) {
    const t = words.word(k);
    if (t === '(' || t === '（') return k;
    if (t === ')' || t === '）' || isClauseBreak(words, k)) return -1;
  }
  return -1;
}

/**
 * The metrics of `n` numbers listed together after one list of metrics (A、B、C及D分别为…):
 * the items split at 、 outside brackets, the last one also at its 及/和/与 when one item is
 * missing (Chinese joins the last item with 及 or 和); else split at every joiner. Null when
 * the counts do not agree.
 */
export function listMetrics(metric: string, n: number): string[] | null {
  const items = listItems(metric, n);
  // 租赁和商务服务业、交通运输仓储和邮政业营业收入: when only the last item names a measure, its
  // head is shared by all the items, and the whole list is every number's metric.
  if (items && items.length > 1 && isMeasureText(items[items.length - 1]!) && items.some((m) => !isMeasureText(m))) return null;
  // A bracketed note closing an item (公允值亏损(收购…所致)) is no part of its name.
  return items && items.map((m) => m.replace(/[(（][^()（）]*[)）]$/u, '') || m);
}

function listItems(metric: string, n: number): string[] | null {
  const parts = splitTopLevel(metric, /[、]/u);
  if (parts.length === n) return parts;
  if (parts.length === n - 1) {
    const last = parts[parts.length - 1]!;
    const m = /^(.+?)(?:及|和|与)(.+)$/u.exec(last);
    if (m && !/[(（]/u.test(m[2]!)) return [...parts.slice(0, -1), m[1]!, m[2]!];
  }
  const all = splitTopLevel(metric, /[、和及与]/u);
  return all.length === n ? all : null;
}

function splitTopLevel(text: string, joiner: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(' || ch === '（') depth++;
    if (ch === ')' || ch === '）') depth = Math.max(0, depth - 1);
    if (depth === 0 && joiner.test(ch)) {
      if (cur) out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

/** The opening bracket of a short Latin or nominal gloss closed at `close` (生产总值(GDP)), or -1. */
function glossStart(words: Words, close: number, limit: number): number {
  for (let k = close - 1; k >= limit && k >= close - 4; k--) {
    const w = words.word(k);
    if (w === '(' || w === '（') return k < close - 1 ? k : -1;
    if (isPunct(words, k) || !(words.pos(k) === 'eng' || isNominal(words, k))) return -1;
  }
  return -1;
}

function quoteEnd(words: Words, open: number, limit: number): number {
  for (let k = open + 1; k < limit; k++) if (words.isChar(k, 0x201d)) return k; // ”
  return -1;
}

function quoteStart(words: Words, close: number, limit: number): number {
  for (let k = close - 1; k >= limit; k--) if (words.isChar(k, 0x201c)) return k; // “
  return -1;
}

const SHARING = new Set(['均', '都', '分别']);
// 较/比 open the reference a number is compared with; 从/由 the level a change starts from
// (净利润由2007年的48.44亿元增长至…): neither is what is measured.
const BASE_WORDS = new Set(['较', '比', '同比', '环比', '从', '由']);
// Words that can make up a comparison base or a starting level: times, nouns, 同期, 的, numbers.
const BASE_POS = new TagClass((pos) => /^(?:t|tg|n|ns|f|m|mq|r|b|uj)$/u.test(pos));

/** Start of a comparison base (较 + time or noun words, 从 + a starting level) ending at token `i`, or -1. */
function comparisonBaseStart(input: MetricInput, i: number): number {
  const { words } = input;
  for (let k = i; k >= input.clauseStart && k >= i - 6; k--) {
    if (BASE_WORDS.has(words.word(k))) return k;
    if (!BASE_POS.has(words, k) && !insideOtherQuantity(input, k)) return -1;
  }
  return -1;
}

/**
 * Start of a linking word that ends at token `i` (joining up to three tokens: jieba splits
 * verbs it does not know, 收|于, 升|穿), or -1.
 */
function linkingStart(words: Words, i: number, limit: number): number {
  if (i < limit || i < 0) return -1;
  let joined = '';
  let found = -1;
  for (let k = i; k >= limit && k > i - 3; k--) {
    joined = words.word(k) + joined;
    if (linking.has(joined)) found = k;
  }
  // 微涨39美分, 小跌0.2%: any verb of a price rising or falling (…涨, …跌) links its measure.
  if (found < 0 && VERB.has(words, i) && PRICE_MOVE.test(words.word(i))) return i;
  return found;
}

// Adverbs of degree jieba tags as nouns or adjectives (小幅/n 回升, 明显/a 下降).
// 较3月末低0.5个百分点, 比上年多3家: the adjective of a comparison links the gap to its measure.
const COMPARATIVES = new Set(['高', '低', '多', '少', '快', '慢', '大', '小']);
const MANNER = new Set(['小幅', '大幅', '明显', '显著', '略', '稍', '微', '大大', '逐步', '稳步', '快速', '迅速', '同比', '开始', '继续']);
// Auxiliaries of possibility and expectation between the measure and its verb (金价今年可能升穿…,
// 经济在十三五时期会到7%左右, 净利润预计为…): they say how sure the figure is, not what it measures.
const AUXILIARIES = new Set(['会', '能', '可能', '可以', '将会', '或将', '有望', '可望', '料', '料将', '预计', '预期', '估计', '应', '应该', '需', '必须']);

/**
 * An adverbial between the measure and the verb that links the number: an adverb or an adverb
 * of degree (利润明显下降3%), an auxiliary, or a time word (金价今年可能升穿…).
 */
function isManner(words: Words, i: number): boolean {
  const pos = words.pos(i);
  const w = words.word(i);
  return pos === 'd' || pos === 'ad' || pos === 't' || MANNER.has(w) || AUXILIARIES.has(w) || (pos === 'a' && COMPARATIVES.has(w));
}

const PRICE_MOVE = /^\p{Script=Han}?[涨跌]$/u;

const TIME_WORD = new TagClass((pos) => pos === 't' || pos === 'tg' || pos === 'mq');
// Organisations, people and places: a relative clause's verb after one of them is that agent's act.
const AGENT_NAME = new TagClass((pos) => /^(?:nt|nr|ns|nz)$/u.test(pos));

function trimEnds(input: MetricInput, phrase: number[], right: boolean): number[] {
  const { words } = input;
  let from = 0;
  let to = phrase.length;
  const droppable = (k: number) => {
    const w = words.word(k);
    return (TRIM.has(words, k) && !isGlue(words, k)) || (isPunct(words, k) && w !== '“' && w !== '”') || linking.has(w) || FRAME_WORDS.has(w);
  };
  // Words after a count modify its noun (未来产业, 幸福河湖): only punctuation is trimmed in front.
  if (right) while (from < to && isPunct(words, phrase[from]!) && words.word(phrase[from]!) !== '“') from++;
  else while (from < to && droppable(phrase[from]!)) from++;
  while (to > from && (droppable(phrase[to - 1]!) || words.word(phrase[to - 1]!) === '“' || words.pos(phrase[to - 1]!) === 'f')) to--;
  // 11月末…, 十三五时期…, 11月单月…: the tail of a time word cut off by the number before it.
  if (!right) while (to - from > 1 && TIME_REMNANTS.has(words.word(phrase[from]!))) from++;
  if (!right && to - from === 1 && TIME_REMNANTS.has(words.word(phrase[from]!))) from = to;
  // A place that opens the phrase is the subject, not part of the metric (廊坊开发区综合排名).
  if (!right) {
    const k = from + 2;
    if (k < to && words.pos(phrase[from]!) === 'ns' && PLACE_HEADS.has(words.word(phrase[from + 1]!))) from = k;
  }
  // An organisation opening the phrase owns the figure (中国平安三季度净利润): the subject's job.
  if (!right && to - from > 1 && words.pos(phrase[from]!) === 'nt' && isNominal(words, phrase[from + 1]!)) from++;
  // Drop the main actor at the front (廊坊开发区综合排名 → 综合排名) when something is left.
  if (input.subject && from < to) {
    let acc = '';
    for (let k = from; k < to; k++) {
      acc += words.word(phrase[k]!);
      if (acc === input.subject && k + 1 < to) {
        from = k + 1;
        break;
      }
      if (!input.subject.startsWith(acc)) break;
    }
  }
  if (input.capacity) while (to - from > 1 && PROJECT_HEADS.has(words.word(phrase[to - 1]!))) to--;
  // 污染防治攻坚战成效考核全国第一: 全国 is where the rank holds, not what is ranked.
  if (input.quantity.unit === 'rank') while (to > from && RANK_SCOPES.has(words.word(phrase[to - 1]!))) to--;
  return from === 0 && to === phrase.length ? phrase : phrase.slice(from, to);
}

function render(input: MetricInput, phrase: readonly number[]): string {
  if (phrase.length === 0) return '';
  let s = input.text.slice(input.words.start(phrase[0]!), input.words.end(phrase[phrase.length - 1]!));
  // Balance a quote cut in half by the phrase edges.
  const opens = (s.match(/“/gu) ?? []).length;
  const closes = (s.match(/”/gu) ?? []).length;
  if (opens > closes && s.endsWith('“')) s = s.slice(0, -1);
  if (closes > opens && s.startsWith('”')) s = s.slice(1);
  return s.trim();
}

// Nouns naming the rate of change of some other measure; alone they do not say of what.
// 占比 (a share) is one of them: 净利润下降的公司仅25家，占比为20.66% gives the share of those companies.
const RATE_NOUNS = new Set(['涨幅', '跌幅', '降幅', '增幅', '升幅', '减幅', '涨跌幅', '增速', '增长率', '降速', '占比']);

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
