import type { Quantity } from '../core/types.js';
import { FRAME_WORDS, LINKING_WORDS } from '../lexicon/cues.js';
import { COMPANY_ANAPHORS } from './newsNames.js';
import { isClauseBreak, isNominal, isPunct, type WordToken } from './sentenceView.js';

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
const TRIM_POS = /^(?:c|p|d|r|u|uj|ul|uz|ud|ug|y|e|o|t|tg|m|q|zg)$/u;
// Function words that never glue into a name, even when jieba leaves them as single characters.
// 于/以/由/比/较 are prepositions (收|于, 以|约700万元): a split verb ends at them, no name goes on through them.
const FUNCTION_CHARS = new Set([...'的在了和与及是为将对把被从向均都也又而并或等之其该各每已于以由比较按据至仅只还就再约近但如若且']);

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
  const left = phrase.every((w) => OWNER_POS.test(w.pos)) ? '' : render(input, phrase);
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
  const clauseFrom = words[input.clauseStart]?.start ?? input.quantity.start;
  if (SHARE_NOUN_BEFORE.test(text.slice(Math.max(clauseFrom, input.quantity.start - 8), input.quantity.start))) {
    // 其利息收入占比近6成: the part before 占比 is whose share it is.
    let at = input.qStart - 1;
    while (at > input.clauseStart && at > input.qStart - 5 && !words[at]!.text.startsWith('占')) at--;
    const owner = words[at]!.text.startsWith('占') ? render(input, trimEnds(input, leftPhrase({ ...input, qStart: at, qEnd: at }), false)) : '';
    return owner + '占比';
  }
  let k = input.qStart - 1;
  while (k >= input.clauseStart && (words[k]!.pos === 'd' || words[k]!.text === '的' || words[k]!.text.trim() === '')) k--;
  const wholeEnd = k + 1;
  let at = -1;
  for (let j = k; j >= input.clauseStart && j > input.qStart - SHARE_REACH; j--) {
    const w = words[j]!;
    if (SHARE_VERBS.has(w.text)) {
      at = j;
      break;
    }
    // The whole is a noun phrase, though jieba tags some of its nouns as verbs (甲醇|产能/v).
    if (insideOtherQuantity(input, w) || (isPunct(w) && !isNominal(w)) || FRAME_WORDS.has(w.text) || (!isNominal(w) && !isGlue(w) && w.pos !== 'r' && w.pos !== 'v')) return null;
  }
  if (at < 0) return null;
  let whole = words.slice(at + 1, wholeEnd);
  let partEnd = at;
  // 在公募总规模中占59.65%: the whole is inside 在…中.
  if (whole.length === 0) {
    const inner = at - 1;
    if (inner <= input.clauseStart || !/^(?:中|里|内)$/u.test(words[inner]!.text)) return null;
    let open = inner - 1;
    while (open >= input.clauseStart && words[open]!.text !== '在' && inner - open < SHARE_REACH) open--;
    if (open < input.clauseStart || words[open]!.text !== '在') return null;
    whole = words.slice(open + 1, inner);
    partEnd = open;
  }
  if (whole.length === 0) return null;
  let part = render(input, trimEnds(input, leftPhrase({ ...input, qStart: partEnd, qEnd: partEnd }), false));
  // 占经济总量约70%的消费支出: the part is the noun the share describes.
  if (part === '' && words[input.qEnd]?.text === '的') {
    const after = rightPhrase({ ...input, qStart: input.qEnd + 1, qEnd: input.qEnd + 1 });
    part = render(input, trimEnds(input, after, true));
  }
  return part + '占' + render(input, whole);
}

const TOPIC_REACH = 24;
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
  if (from === undefined || breakAt <= from || !isClauseBreak(words[breakAt]!) || words[breakAt]!.text === '；' || words[breakAt]!.text === ';') return '';
  let start = breakAt - 1;
  // A topic stands within a fixed reach of the break: no scan grows with the sentence.
  while (start > from && start > breakAt - TOPIC_REACH && !isClauseBreak(words[start - 1]!)) start--;
  let end = breakAt;
  // 受罚规模较小, 住户贷款增速继续放缓: an adjective, adverb or verb predicate closes the clause
  // after its topic (a measure noun jieba tags as a verb, 规模较/v, stays).
  while (end > start && /^(?:a|ad|d|ul|y|v)$/u.test(words[end - 1]!.pos) && !isMeasureWord(words[end - 1]!) && !isMeasureWord({ ...words[end - 1]!, text: words[end - 1]!.text.replace(/[较更]$/u, '') })) end--;
  if (end <= start || REPORTING_END.test(words[end - 1]!.text)) return '';
  const topic = trimEnds(input, leftPhrase({ ...input, clauseStart: start, qStart: end, qEnd: end, clauseEnd: breakAt }), false);
  // Only a measure carries over (规模, 价格, 开工率): a clause about an event or a thing
  // (期指分化严重, 一泻千里) does not say what the next number measures.
  const last = topic[topic.length - 1];
  if (last === undefined) return '';
  // 规模较/v 小: jieba glues the comparative adverb (较, 更) of the predicate onto the noun.
  const glued = last.text.length > 1 && /[较更]$/u.test(last.text);
  if (!MEASURE_END.test(glued ? last.text.slice(0, -1) : last.text)) return '';
  const text = render(input, topic);
  return glued ? text.slice(0, -1) : text;
}

/** True when the quantity is a later item of a list of numbers (378.67%和324.60%): the list shares its metric. */
function listedAfterNumber(input: MetricInput): boolean {
  const joiner = input.words[input.qStart - 1];
  const before = input.words[input.qStart - 2];
  return joiner !== undefined && before !== undefined && input.qStart - 2 >= input.clauseStart && LIST_JOINERS.has(joiner.text) && insideOtherQuantity(input, before);
}
const LIST_JOINERS = new Set(['、', '和', '及', '与', '或']);
const TIME_REMNANTS = new Set(['末', '底', '初', '时期', '单月', '当月', '同期', '期间', '以来', '来', '年内', '月内']);

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
  // 发放25.9亿元 贷款: a space (a line wrap in the source) between a count and its noun is crossed,
  // but not after a verb of change or a linking verb: 净利润下跌6.9% 计提… is a headline whose
  // space separates two clauses, and the number is the size of the change, not a count.
  const gap = i < input.clauseEnd && (words[i]!.text.trim() === '' || /^\s+$/u.test(input.text.slice(words[i - 1]?.end ?? words[i]!.start, words[i]!.start)));
  if (gap) {
    if (linkingStart(words, input.qStart - 1, input.clauseStart) >= 0) return [];
    if (words[i]!.text.trim() === '') i++;
  }
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
    // 募集不超过32亿元的配套资金, 以约700万元的初始资金, 平均14%的管理资产: a number before 的 sizes
    // the noun after it. Not after a linking verb (达到95%的水平, 增长5%的目标: the level or change
    // of the measure before it) nor after a noun-verb that is itself the measure (投资1.43亿美元的产业园).
    // A name after 的 is described, not measured (89岁的赵无极, 两连败的费耶诺德).
    if (w.text === '的' && out.length === 0 && i === input.qEnd && i + 1 < input.clauseEnd && (isNominal(words[i + 1]!) || words[i + 1]!.pos === 'a') && !NAME_POS.test(words[i + 1]!.pos) && sizesNounAfter(input)) continue;
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
    // 15家银行累计发卡710万张: a frame or linking word after the noun starts the predicate.
    if (sawNoun && (FRAME_WORDS.has(w.text) || levelLinking.has(w.text))) break;
    // 60万吨产能/v投放: jieba tags some measure nouns as verbs.
    if (isNominal(w) || isGlue(w) || isMeasureWord(w) || (sawNoun && w.pos === 'm' && !/\d/u.test(w.text))) {
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
  while (out.length > 0 && !isNominal(out[out.length - 1]!) && !isMeasureWord(out[out.length - 1]!)) out.pop();
  return out;
}

// Endings of nouns that name a measure (价格, 金额, 比率, 产量, 规模…), not a thing that is counted.
const MEASURE_END = /(?:价|价格|额|率|量|值|数|金|费|款|酬|薪|规模|面积|收入|利润|比例|比重|资产|资金|成本|产能|幅|速|指数|亏损|减值|开支|支出|权益)$/u;

const NAME_POS = /^(?:nr|nrfg|nrt|ns|nt|nz)$/u;
const OWNER_POS = /^(?:nr|nrfg|nrt|nt)$/u;

function isMeasureText(text: string): boolean {
  return MEASURE_END.test(text.replace(/[(（][^()（）]*[)）]$/u, ''));
}

/** A measure noun, whatever jieba tags it (产能/v). */
function isMeasureWord(w: WordToken): boolean {
  return w.text.length > 1 && MEASURE_END.test(w.text);
}

/** True when the word before the quantity (past adverbs) is neither a linking verb nor a noun-verb measure. */
function sizesNounAfter(input: MetricInput): boolean {
  let k = input.qStart - 1;
  while (k >= input.clauseStart && input.words[k]!.pos === 'd') k--;
  if (k < input.clauseStart) return true;
  const before = input.words[k]!;
  // 原价40多元的盐, 罚款约3733万元的行政处罚: a measure noun right before the number is what it gives.
  if (isNominal(before) && MEASURE_END.test(before.text)) return false;
  return before.pos !== 'vn' && (!levelLinking.has(before.text) || before.text === '以') && linkingStart(input.words, k, input.clauseStart) !== k - 1;
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
    for (;;) {
      const k = i >= input.clauseStart ? linkingStart(words, i, input.clauseStart) : -1;
      if (k < 0 && !(i >= input.clauseStart && isManner(words, i))) break;
      for (let j = Math.max(k, input.clauseStart); j <= i; j++) if (SHARING.has(words[j]!.text)) shared = true;
      i = k >= 0 ? k - 1 : i - 1;
    }
    // 增长至2017年的5298.8亿元: a time word with 的 dates the number, it does not name it.
    if (i - 1 >= input.clauseStart && words[i]!.text === '的' && isTimeWord(words[i - 1]!)) {
      i -= 2;
      continue;
    }
    const base = comparisonBaseStart(input, i);
    if (base < 0) break;
    i = base - 1; // 贷款较上年末增长23.2%, 净利从去年同期的228.91亿下跌至…: the base is not the metric
  }
  const out: WordToken[] = [];
  const listed = shared;
  for (; i >= input.clauseStart; i--) {
    const w = words[i]!;
    if (FRAME_WORDS.has(w.text) || insideOtherQuantity(input, w)) break;
    if ((w.text === '、' && shared) || (isGlue(w) && !linking.has(w.text))) {
      out.push(w);
      continue;
    }
    // A list of metrics dealt out by 分别 keeps its items whole: a bracketed note inside an item
    // (或然代价公允值亏损(收购高端权益业务所致)), a preposition opening one (按公允值计入…), and
    // (above) a possessor with 的 (金融资产的公允值亏损): the items are told apart by the list.
    if (shared && inList(out) && (w.text === ')' || w.text === '）')) {
      const open = bracketStart(words, i, input.clauseStart);
      if (open >= 0) {
        for (let k = i; k >= open; k--) out.push(words[k]!);
        i = open;
        continue;
      }
    }
    if (shared && inList(out) && w.pos === 'p' && isNominal(out[out.length - 1]!)) {
      out.push(w);
      continue;
    }
    // 披露业绩快报的公司共有1234家, 净利润下降的公司有320家: a relative clause (a verb, or a verb
    // and its object, before 的) says which of the head noun are counted, so it stays with the
    // head (a bare 公司 or 项目 does not say what is measured). A plain possessor (公司的净利润)
    // is not taken: it names the owner, which is the subject's job.
    if (w.text === '的' && out.some(isNominal) && ((shared && inList(out)) || relativeClauseStart(input, i) >= 0)) {
      out.push(w);
      continue;
    }
    // 国内生产总值(GDP): a gloss in brackets after the name adds nothing to it.
    if ((w.text === ')' || w.text === '）') && out.length === 0) {
      const open = glossStart(words, i, input.clauseStart);
      if (open >= 0) {
        i = open;
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
  out.reverse();
  return listed ? withoutListSubject(out) : out;
}

/** True once the words read so far hold a list of metrics (…、…), read backwards. */
function inList(out: readonly WordToken[]): boolean {
  return out.some((w) => w.text === '、');
}

/**
 * 集团确认股份酬金成本、或然代价…分别为…: before the first item of a list of metrics, a company
 * or a name and a verb are the clause's subject and predicate, not part of the item (a verb with
 * no such agent before it, 接待游客人次、旅游总花费 or 商品房网签销售面积, stays: it is the item's own).
 */
function withoutListSubject(phrase: WordToken[]): WordToken[] {
  const comma = phrase.findIndex((w) => w.text === '、');
  if (comma < 0) return phrase;
  const end = comma;
  for (let k = 1; k < end - 1; k++) {
    const agent = phrase[k - 1]!;
    if (phrase[k]!.pos === 'v' && (OWNER_POS.test(agent.pos) || COMPANY_ANAPHORS.has(agent.text)) && isNominal(phrase[k + 1]!)) return phrase.slice(k + 1);
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
  if (de <= input.clauseStart || input.words[de]!.text !== '的' || input.words[de - 1]!.pos === 'f') return '';
  let from = relativeClauseStart(input, de);
  if (from < 0) return '';
  // A lone verb (签约的2个重点项目) tells how the things stand, not which: only a verb with its
  // object (披露业绩快报的) or a passive (被调查的) is kept.
  const passive = from - 1 > input.clauseStart && input.words[from - 1]!.text === '被';
  if (passive) from--;
  else if (from === de - 1) return '';
  return input.text.slice(input.words[from]!.start, input.words[de]!.end);
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
  const isVerb = (w: WordToken) => w.pos.startsWith('v') && !insideOtherQuantity(input, w);
  while (k >= input.clauseStart && k > de - 1 - OBJECT_REACH && !isVerb(words[k]!) && isNominal(words[k]!) && !isPunct(words[k]!) && !insideOtherQuantity(input, words[k]!)) k--;
  if (k < input.clauseStart || !isVerb(words[k]!)) return -1;
  const prior = words[k - 1];
  if (k === de - 1 && prior !== undefined && k - 1 >= input.clauseStart && /^(?:nt|nr|ns|nz)$/u.test(prior.pos)) return -1;
  return k;
}

// How far back a bracketed note inside a list item may open.
const NOTE_REACH = 12;

/** The opening bracket matching the one closed at `close`, within a short note, or -1. */
function bracketStart(words: readonly WordToken[], close: number, limit: number): number {
  for (let k = close - 1; k >= limit && k >= close - NOTE_REACH; k--) {
    const t = words[k]!.text;
    if (t === '(' || t === '（') return k;
    if (t === ')' || t === '）' || isClauseBreak(words[k]!)) return -1;
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
function glossStart(words: readonly WordToken[], close: number, limit: number): number {
  for (let k = close - 1; k >= limit && k >= close - 4; k--) {
    const w = words[k]!;
    if (w.text === '(' || w.text === '（') return k < close - 1 ? k : -1;
    if (isPunct(w) || !(w.pos === 'eng' || isNominal(w))) return -1;
  }
  return -1;
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
// 较/比 open the reference a number is compared with; 从/由 the level a change starts from
// (净利润由2007年的48.44亿元增长至…): neither is what is measured.
const BASE_WORDS = new Set(['较', '比', '同比', '环比', '从', '由']);
// Words that can make up a comparison base or a starting level: times, nouns, 同期, 的, numbers.
const BASE_POS = /^(?:t|tg|n|ns|f|m|mq|r|b|uj)$/u;

/** Start of a comparison base (较 + time or noun words, 从 + a starting level) ending at token `i`, or -1. */
function comparisonBaseStart(input: MetricInput, i: number): number {
  const { words } = input;
  for (let k = i; k >= input.clauseStart && k >= i - 6; k--) {
    const w = words[k]!;
    if (BASE_WORDS.has(w.text)) return k;
    if (!BASE_POS.test(w.pos) && !insideOtherQuantity(input, w)) return -1;
  }
  return -1;
}

/**
 * Start of a linking word that ends at token `i` (joining up to three tokens: jieba splits
 * verbs it does not know, 收|于, 升|穿), or -1.
 */
function linkingStart(words: readonly WordToken[], i: number, limit: number): number {
  if (i < limit || i < 0) return -1;
  let joined = '';
  let found = -1;
  for (let k = i; k >= limit && k > i - 3; k--) {
    joined = words[k]!.text + joined;
    if (linking.has(joined)) found = k;
  }
  // 微涨39美分, 小跌0.2%: any verb of a price rising or falling (…涨, …跌) links its measure.
  if (found < 0 && words[i]!.pos.startsWith('v') && PRICE_MOVE.test(words[i]!.text)) return i;
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
function isManner(words: readonly WordToken[], i: number): boolean {
  const w = words[i]!;
  return w.pos === 'd' || w.pos === 'ad' || w.pos === 't' || MANNER.has(w.text) || AUXILIARIES.has(w.text) || (w.pos === 'a' && COMPARATIVES.has(w.text));
}

const PRICE_MOVE = /^\p{Script=Han}?[涨跌]$/u;

function isTimeWord(w: WordToken): boolean {
  return w.pos === 't' || w.pos === 'tg' || w.pos === 'mq';
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
  // 11月末…, 十三五时期…, 11月单月…: the tail of a time word cut off by the number before it.
  if (!right) while (to - from > 1 && TIME_REMNANTS.has(phrase[from]!.text)) from++;
  if (!right && to - from === 1 && TIME_REMNANTS.has(phrase[from]!.text)) from = to;
  // A place that opens the phrase is the subject, not part of the metric (廊坊开发区综合排名).
  if (!right) {
    const k = from + 2;
    if (k < to && phrase[from]!.pos === 'ns' && PLACE_HEADS.has(phrase[from + 1]!.text)) from = k;
  }
  // An organisation opening the phrase owns the figure (中国平安三季度净利润): the subject's job.
  if (!right && to - from > 1 && phrase[from]!.pos === 'nt' && isNominal(phrase[from + 1]!)) from++;
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
