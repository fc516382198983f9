/**
 * One pass over the tokens of a sentence that answers, for every token, the questions each
 * quantity would otherwise answer by scanning back to the sentence start: where its clause
 * starts and ends, and which kind cue stands nearest before it. Quantities then look them up
 * in constant time, so a sentence with n quantities costs O(n + tokens), not O(n × tokens).
 */
import {
  CAPACITY_CUES, CLAUSE_ONLY_CUES, CONTRAST_WORDS, FACT_CUES, FORECAST_CUES, FORECAST_NOUN_BEFORE, MODAL_FORECAST, TARGET_CUES,
} from '../lexicon/cues.js';
import { isClauseBreak } from './sentenceView.js';
import { WordClasses, type Words } from './words.js';
import { TagClass } from '../segment/tagSet.js';

const forecastCues = new Set(FORECAST_CUES);
const nounBefore = new Set(FORECAST_NOUN_BEFORE);
const modal = new Set(MODAL_FORECAST);
const targetCues = new Set(TARGET_CUES);
const clauseOnly = new Set(CLAUSE_ONLY_CUES);
const factCues = new Set(FACT_CUES);
const contrast = new Set(CONTRAST_WORDS);
const MEETING_AFTER = new Set(['上', '中', '后', '前', '期间', '上的', '议', '场']);
// A clause that opens with its own year (国内丙烯2016年产能达到…) reports on that year: cues before it stop there.
const OWN_YEAR = /^(?:19|20)\d{2}年/u;
// A clause that opens with a purpose word (拟募资16.77亿元，用于购买6架飞机) states what the plan of
// the clause before is for: that clause's plan word (拟, 计划) reaches into it.
const PURPOSE = new Set(['用于', '用以', '用来']);
// Cues that name a production capability wherever they stand in the clause (年产1000台).
const STRONG_CAPACITY = new Set(['年产', '年加工', '年处理', '日处理', '日产', '年生产']);
// Their proper prefixes (年, 年加…): only a word of these can join the next word into one of them.
const CAPACITY_PREFIXES = new Set([...STRONG_CAPACITY].flatMap((w) => [...w].slice(1).map((_, i) => w.slice(0, i + 1))));
export const capacityCues = new Set(CAPACITY_CUES);

// The word classes the scan asks about, as bits of one look-up per token (most words are in none).
const CONTRAST = 1;
const MAY_FORECAST = 2; // a modal or a forecast cue: isForecastCue decides
const TARGET = 4;
const CLAUSE_ONLY = 8;
const FACT = 16;
const STRONG = 32;
const CAPACITY_PREFIX = 64;
const PURPOSE_WORD = 128;
const SCAN_CLASSES = new WordClasses([
  [contrast, CONTRAST], [modal, MAY_FORECAST], [forecastCues, MAY_FORECAST], [targetCues, TARGET], [clauseOnly, CLAUSE_ONLY],
  [factCues, FACT], [STRONG_CAPACITY, STRONG], [CAPACITY_PREFIXES, CAPACITY_PREFIX], [PURPOSE, PURPOSE_WORD],
]);

/** The kind a cue word asks for. */
export type CueKind = 'forecast' | 'target' | 'fact';

/**
 * Per-token answers for one sentence; arrays are indexed by `token - first`. The arrays are
 * scratch space shared by every scan (they may be longer than the sentence): a scan is valid
 * until the next call of {@link scanSentence}.
 */
export interface SentenceScan {
  /** First token of the sentence, and one past its last. */
  readonly first: number;
  readonly last: number;
  readonly clauseStart: Int32Array;
  readonly clauseEnd: Int32Array;
  /** Nearest forecast cue strictly before the token, or -1 (a contrast word resets it). */
  readonly prevForecast: Int32Array;
  /** Nearest target or fact cue strictly before the token, or -1; clause-only cues only inside their clause. */
  readonly prevCue: Int32Array;
  /** Nearest strong capacity word (年产, 日处理…) before the token in its clause, or -1. */
  readonly prevCapacity: Int32Array;
  /** The kind of the cue at each token, or null. */
  readonly cueKind: readonly (CueKind | null)[];
  /** The forecast cue still in force at the end of the sentence, or -1. */
  readonly forecastAtEnd: number;
}

/** True when token `i` is a forecast cue used as a verb (预计, 有望, 料, 会 before a verb). */
export function isForecastCue(words: Words, i: number): boolean {
  const w = words.word(i);
  const next = i + 1 < words.length ? i + 1 : -1;
  // 会 before a verb is a modal (会到7%左右); before a locative it is a meeting (培训会上).
  if (modal.has(w)) return next >= 0 && !MEETING_AFTER.has(words.word(next)) && VERB_P_D.has(words, next);
  if (!forecastCues.has(w)) return false;
  // 慢于预期, 他们的预期: an expectation named, not made.
  if (i > 0 && (nounBefore.has(words.word(i - 1)) || words.word(i - 1).endsWith('于'))) return false;
  // 预测预警机制, 预期目标: 预测/预期 modifying a noun. 预期中国进口量 (a verb with its object) stays a cue.
  if ((w === '预测' || w === '预期' || w === '预估') && next >= 0 && (words.pos(next) === 'vn' || words.word(next) === '目标' || words.word(next) === '结果')) return false;
  // 料 alone is a noun (材料) unless a verb or an adverb follows it (料涨至, 料将).
  if (w === '料' || w === '望') return next >= 0 && VERB_P_D.has(words, next);
  return true;
}

// A verb, a preposition or an adverb: what may follow a modal or 料 used as a verb.
const VERB_P_D = new TagClass((pos) => pos.startsWith('v') || pos === 'p' || pos === 'd');
const VERB = new TagClass((pos) => pos.startsWith('v'));

// Verbs of a 把-construction that move a thing to a result (提高了一倍, 降至, 设定为, 调整为).
const DISPOSAL_RESULT = new Set(['了', '为', '至', '到', '成', '给']);

/**
 * True when 将 at `k` means 把 (spec: 将投资提高了一倍 is no target cue): a noun phrase, not a
 * verb, follows it, and within a few words a verb takes a result (提高了, 设定为, 降至). 将达到,
 * 将成为 (a verb right after) and 将投资10亿元建设 (no result) keep 将 as "will".
 *
 * @example
 * isDisposalJiang(tokens('将投资提高了一倍'), 0, 5) //=> true
 */
export function isDisposalJiang(words: Words, k: number, last: number): boolean {
  const next = k + 1;
  if (next >= words.length || next >= last || (VERB.has(words, next) && words.pos(next) !== 'vn') || words.pos(next) === 'd' || words.pos(next) === 'p') return false;
  for (let i = k + 2; i < Math.min(last - 1, k + 8); i++) {
    if (isClauseBreak(words, i) || words.pos(i) === 'm') return false;
    if (words.pos(i) === 'v' && DISPOSAL_RESULT.has(words.word(i + 1))) return true;
    // jieba joins some verb-result pairs into one word (降至, 提高到).
    if (words.pos(i) === 'v' && words.size(i) >= 2 && DISPOSAL_RESULT.has(words.word(i).slice(-1))) return true;
  }
  return false;
}

// Scratch arrays of scanSentence, grown to the longest sentence seen: a document has one scan
// in use at a time, so no arrays are made per sentence.
interface Scratch {
  readonly clauseStart: Int32Array;
  readonly clauseEnd: Int32Array;
  readonly prevForecast: Int32Array;
  readonly prevCue: Int32Array;
  readonly prevCapacity: Int32Array;
  readonly cueKind: (CueKind | null)[];
}
function newScratch(size: number): Scratch {
  return {
    clauseStart: new Int32Array(size),
    clauseEnd: new Int32Array(size),
    prevForecast: new Int32Array(size),
    prevCue: new Int32Array(size),
    prevCapacity: new Int32Array(size),
    cueKind: new Array<CueKind | null>(size).fill(null),
  };
}
let scratch = newScratch(256);

/**
 * Scans the sentence tokens `[first, last)` once. The scan is valid until the next call.
 *
 * `carriedForecast` is a forecast cue of the sentence before that reaches into this one.
 *
 * @example
 * const scan = scanSentence(words, 0, words.length);
 * scan.clauseStart[k - scan.first] // the first token of token k's clause
 */
export function scanSentence(words: Words, first: number, last: number, carriedForecast = -1): SentenceScan {
  const n = Math.max(0, last - first);
  if (scratch.clauseStart.length < n) scratch = newScratch(Math.max(n, 2 * scratch.clauseStart.length));
  const { clauseStart, clauseEnd, prevForecast, prevCue, prevCapacity, cueKind } = scratch;
  cueKind.fill(null, 0, n);
  let start = first;
  // A forecast cue of the sentence before, when that one ended in a semicolon (预期进口量将达到…；压榨量9500万吨).
  let forecast = carriedForecast;
  let cue = carriedForecast;
  let clauseCue = -1; // a clause-only cue of the current clause
  let lastClauseCue = -1; // the clause-only cue of the clause before
  let capacity = -1;
  for (let k = first; k < last; k++) {
    const classes = SCAN_CLASSES.of(words, k);
    clauseStart[k - first] = start;
    prevForecast[k - first] = forecast;
    prevCue[k - first] = Math.max(cue, clauseCue);
    prevCapacity[k - first] = capacity;
    // 但是…: earlier cues do not reach into the contrasting clause.
    if ((classes & CONTRAST) !== 0 && (k === start || isClauseBreak(words, k - 1))) {
      forecast = -1;
      cue = -1;
      clauseCue = -1;
      prevForecast[k - first] = -1;
      prevCue[k - first] = -1;
    }
    if ((classes & MAY_FORECAST) !== 0 && isForecastCue(words, k)) {
      cueKind[k - first] = 'forecast';
      forecast = k;
      cue = k;
    } else if ((classes & TARGET) !== 0 && !(words.word(k) === '将' && isDisposalJiang(words, k, last))) {
      cueKind[k - first] = 'target';
      if ((classes & CLAUSE_ONLY) !== 0) clauseCue = k;
      else cue = k;
    } else if ((classes & FACT) !== 0) {
      cueKind[k - first] = 'fact';
      cue = k;
    }
    // jieba may cut 年产 as 年|产 or 年加工 as 年|加工.
    if ((classes & STRONG) !== 0 || (k + 1 < words.length && (classes & CAPACITY_PREFIX) !== 0 && STRONG_CAPACITY.has(words.word(k) + words.word(k + 1)))) capacity = k;
    if (k === start && (classes & PURPOSE_WORD) !== 0) clauseCue = lastClauseCue;
    if (k === start && k > first && opensWithOwnYear(words, k, last)) {
      forecast = -1;
      cue = -1;
      prevForecast[k - first] = -1;
      prevCue[k - first] = -1;
    }
    if (isClauseBreak(words, k) || isStopDot(words, k)) {
      for (let j = start; j <= k; j++) clauseEnd[j - first] = k;
      start = k + 1;
      lastClauseCue = clauseCue;
      clauseCue = -1;
      capacity = -1;
    }
  }
  for (let j = start; j < last; j++) clauseEnd[j - first] = last;
  return {
    forecastAtEnd: forecast, first, last, clauseStart, clauseEnd, prevForecast, prevCue, prevCapacity, cueKind };
}

/**
 * A clause that names its own year in its first words (2016年产能…, 巴西2017年…, 国内丙烯2016年产能
 * 达到…: only names before the year) reports on that year: cues of earlier clauses stop there.
 */
function opensWithOwnYear(words: Words, k: number, last: number): boolean {
  for (let j = k; j < Math.min(last, k + 3); j++) {
    if (OWN_YEAR.test(words.word(j))) return true;
    if (!NAME_OR_PLACE.has(words, j)) return false;
  }
  return false;
}

const NAME_OR_PLACE = new TagClass((pos) => pos.startsWith('n') || pos === 's' || pos === 'j');

/**
 * A dot between words (78%-82%．国内丙烯…, a full stop the normaliser folded to .) ends a clause;
 * between digits it is a decimal point.
 */
function isStopDot(words: Words, k: number): boolean {
  if (!words.isChar(k, 0x2e) && !words.isChar(k, 0xff0e)) return false; // . or ．
  return k + 1 < words.length && words.end(k) === words.start(k + 1) && /^\p{Script=Han}/u.test(words.word(k + 1));
}
