/**
 * Rule tagger for names not in any dictionary: an organisation suffix (有限公司, 医院, 局…)
 * closes a name, and the left edge is found from the segmenter's tokens (or, without tokens,
 * from characters). Shape: [place][name][industry][form][branch].
 */
import type { Candidate } from './candidate.js';
import type { RuleData, SuffixSpec } from './ruleData.js';
import { isBoundary, type TokenArrays, type TokenIndex } from './tokenIndex.js';
import { TagClass } from '../segment/tagSet.js';
import { suffixMatchAt } from './suffixMatches.js';
import { leadingNonName, NEVER_STARTS_NAME } from '../lexicon/nameBoundaries.js';

/** POS tags that never occur inside an organisation name (jieba / ICTCLAS tag set). */
const STOP_POS = new Set(['k', 'x', 'p', 'c', 'u', 'uj', 'ul', 'uv', 'ud', 'ug', 'uz', 'r', 'rr', 'rz', 'm', 'mq', 'q', 'y', 'e', 'o', 'w', 't', 'tg', 'f', 'zg_']);
/** POS tags that may sit inside a name but not start it (an action verb or adverb before a name is context). */
const NO_LEAD_POS = new Set(['v', 'vd', 'vg', 'd', 'ad', 'a', 'ag', 'an', 's', 'l', 'i']);
/** Words that end a name's left extension although jieba tags them as nouns. */
const STOP_WORDS = new Set([
  '记者', '通讯员', '现场', '目前', '近日', '日前', '同时', '此外', '其中', '包括', '以及', '作为', '通过', '今年', '去年',
  '企业', '公司', '单位', '部门', '机构', '全市', '全区', '全省', '全县', '全国', '本市', '本地', '当地', '我市', '我省', '我区',
  '负责人', '书记', '主任', '董事长', '总经理', '经理', '局长', '市长', '县长', '省长', '主席', '代表', '专家', '员工', '项目',
  '各级', '各类', '有关', '相关', '所属', '下属', '旗下',
  '会见', '会晤', '访问', '就读', '就读于', '毕业', '毕业于', '来自', '做客', '视察', '考察', '参观', '前往', '抵达', '到访', '出席',
  '主持', '举办', '承办', '主办', '发布', '表示', '认为', '指出', '透露', '获悉', '宣布', '公布', '批准', '要求', '提出', '印发',
  '召开', '邀请', '加入', '离开', '任职', '担任', '供职', '移交', '返回', '应当', '应该', '需要', '眼见', '已经', '正在',
  '深化', '建设', '推进', '打造', '加快', '推动', '培育', '创建', '建成', '实施', '落实', '完善', '加强', '提升', '改扩建', '新建',
  '支持', '帮助', '引进', '成立', '设立', '组建', '入驻', '落户', '签约', '合作', '携手', '联合', '依托', '联手', '来到', '走进',
]);
/** Word classes that usually belong to the sentence, not the name. */
const CONTEXT_POS = new Set(['v', 'vn', 'vd', 'a', 'ad', 'd', 'l', 'i']);
/** Word classes of proper names and their pieces. */
const DISTINCTIVE_POS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'nt', 'j', 'eng', 'zg', 'vg', 'ag']);
/** Characters that end a left extension in character mode (no tokens). */
const STOP_CHARS = new Set([...'的在和与及是了将对由从向把被以等或并同给于让跟至到该本其这那各每个家位名说称据获悉也都就还又而但却即所之其']);
/** What may stand in brackets inside a name: a place or a short Latin/CJK note, no numerals. */
const BRACKET_NOTE = /^(?![一二三四五六七八九十〇零0-9])[\u4e00-\u9fffA-Za-z·]{1,8}$/;
/** One-character tokens that end a left extension (经 as a preposition: 经最高人民法院). */
const SINGLE_STOP = new Set([...STOP_CHARS, ...'经令使请']);
const OPEN = new Set(['(', '（']);
const CLOSE = new Set([')', '）']);

function isNameChar(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0xb7
  );
}

/**
 * Finds rule-based organisation names in `text` (`suffixAt`: the text's suffix matches (`suffixMatches`), when made already).
 *
 * @example
 * // without tokens (null index), characters decide the left edge
 * findRuleCandidates('与北京热景生物技术股份有限公司签约', null, loadRuleData())[0]?.canonical
 * //=> '北京热景生物技术股份有限公司'
 */
export function findRuleCandidates(text: string, ix: TokenIndex | null, data: RuleData, suffixAt?: Int32Array): Candidate[] {
  const out: Candidate[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    const m = suffixAt !== undefined ? (suffixAt[i] as number) : suffixMatchAt(text, data, undefined, i);
    if (m < 0) {
      i++;
      continue;
    }
    const end = i + (m & 0xff);
    const spec = data.suffixes[m >> 8] as SuffixSpec;
    const c = spec.type === 'none' ? null : ix ? withTokens(text, ix, data, spec, i, end) : withChars(text, data, spec, i, end);
    if (c) out.push(c);
    i = end;
  }
  return out;
}

function make(text: string, spec: SuffixSpec, start: number, end: number): Candidate {
  const name = text.slice(start, end);
  const gov = name.endsWith('人民银行');
  return {
    start,
    end,
    type: gov || spec.type === 'none' ? 'institution' : spec.type,
    subtype: gov ? 'government' : spec.subtype,
    canonical: name,
    source: 'rule',
  };
}

/** Word classes of the tag set at hand, as tables by tag id (see TagClass). */
const STOP_TAGS = new TagClass((p) => STOP_POS.has(p));
const NO_LEAD_TAGS = new TagClass((p) => NO_LEAD_POS.has(p));
const CONTEXT_TAGS = new TagClass((p) => CONTEXT_POS.has(p));
const DISTINCTIVE_TAGS = new TagClass((p) => DISTINCTIVE_POS.has(p));
const VERB_TAGS = new TagClass((p) => p === 'v');

/** A one-character token that is `(` or `（` (`)` or `）` with `close`). */
function isBracket(text: string, toks: TokenArrays, k: number, close: boolean): boolean {
  const s = toks.starts[k] as number;
  if ((toks.ends[k] as number) - s !== 1) return false;
  const c = text.charCodeAt(s);
  return close ? c === 0x29 || c === 0xff09 : c === 0x28 || c === 0xff08;
}

function withTokens(text: string, ix: TokenIndex, data: RuleData, spec: SuffixSpec, sStart: number, sEnd: number): Candidate | null {
  const toks = ix.tokens;
  const { starts, ends, tags } = toks;
  const count = toks.length;
  const stop = STOP_TAGS.of(toks);
  const noLead = NO_LEAD_TAGS.of(toks);
  // The suffix must close a token: 大学生, 公司法, 中心城区 are not names.
  if (!isBoundary(ix, sEnd)) return null;
  const kEnd = ix.at[sEnd - 1] as number;
  const kStart = ix.at[sStart] as number;
  if (kEnd < 0 || kStart < 0) return null;
  const endStart = starts[kEnd] as number;
  const endEnd = ends[kEnd] as number;
  if (endStart < sStart && data.notNames.has(text.slice(endStart, endEnd))) return null;
  if (spec.token) {
    // one-character suffixes (局, 厅, 店): 经发局 / 审批 局 yes, 格局 / 餐厅 / 成定局 no
    const endLen = endEnd - endStart;
    if (endLen === 2) return null;
    if (data.notNames.has(text.slice(Math.max(endStart, endEnd - 2), endEnd)) || data.notNames.has(text.slice(Math.max(endStart, endEnd - 3), endEnd))) return null;
    if (endLen === 1) {
      if (spec.word) return null;
      const before = kEnd - 1;
      if (before < 0 || ends[before] !== sStart || (ends[before] as number) - (starts[before] as number) < 2 || stop[tags[before] as number] === 1) return null;
    }
  }
  let edge = starts[kStart] as number;
  let j = kStart - 1;
  const limit = sStart - spec.max;
  while (j >= 0) {
    const tStart = starts[j] as number;
    const tEnd = ends[j] as number;
    if (tEnd !== edge) break; // a gap in the tokens
    if (tStart < limit) break;
    if (isBracket(text, toks, j, true)) {
      // (廊坊) inside 新奥动力科技(廊坊)有限公司
      let o = j - 1;
      while (o >= 0 && !isBracket(text, toks, o, false) && edge - (starts[o] as number) <= 10) o--;
      if (o < 0 || !isBracket(text, toks, o, false)) break;
      // only a place-like note: (廊坊), (中国); not a list number (二)
      if (!BRACKET_NOTE.test(text.slice(ends[o], tStart))) break;
      edge = starts[o] as number;
      j = o - 1;
      continue;
    }
    const tag = tags[j] as number;
    if (stop[tag] === 1 || !isNameChar(text.charCodeAt(tStart))) break;
    const word = text.slice(tStart, tEnd);
    if (STOP_WORDS.has(word) || NEVER_STARTS_NAME.has(word)) break;
    // 生产商, 供应商: a role noun before the name (医用氧气生产商廊坊黎明气体有限公司)
    if (tEnd - tStart >= 3 && text.charCodeAt(tEnd - 1) === 0x5546 /* 商 */) break;
    // a one-character verb or function word (是, 来, 到) is sentence context
    if (tEnd - tStart === 1 && (VERB_TAGS.of(toks)[tag] === 1 || SINGLE_STOP.has(word))) break;
    edge = tStart;
    j--;
  }
  // Trim leading context: a verb, adverb or adjective word does not start a name, nor does a bracket.
  let k = j + 1;
  while (edge < sStart) {
    if (k >= count || (starts[k] as number) >= sStart) break;
    const next = k + 1;
    // 好 in 用好京津冀…: a one-character modifier before a word is context, but 新 in 新/奥 (two
    // single characters, an unknown name split up) is part of the name
    const lead = noLead[tags[k] as number] === 1;
    const kLen = (ends[k] as number) - (starts[k] as number);
    const single = kLen === 1 && lead && next < count && (ends[next] as number) - (starts[next] as number) > 1 && (starts[next] as number) < sStart;
    const badLead = (lead && kLen > 1) || single || isBracket(text, toks, k, false) || isBracket(text, toks, k, true);
    if (!badLead) break;
    edge = ends[k] as number;
    k++;
  }
  if (edge > sStart) edge = sStart;
  // 培育壮大新奥集团: cut after the last verb or adjective word when a distinctive name follows it.
  const contextTags = CONTEXT_TAGS.of(toks);
  const distinctiveTags = DISTINCTIVE_TAGS.of(toks);
  const verbTags = VERB_TAGS.of(toks);
  let lastVerb = -1;
  let distinctive = false;
  for (let p = ix.at[edge] as number; p >= 0 && p < count; p++) {
    const tStart = starts[p] as number;
    if (tStart >= sStart || tStart < edge) break;
    const tag = tags[p] as number;
    if ((ends[p] as number) - tStart > 1 && contextTags[tag] === 1) {
      lastVerb = p;
      distinctive = false;
    } else if (distinctiveTags[tag] === 1) distinctive = true;
  }
  // 村民认为乡政府: an ordinary verb word that is not the name's first word ends the context
  for (let p = ix.at[edge] as number; p >= 0 && p < count; p++) {
    const tStart = starts[p] as number;
    const tEnd = ends[p] as number;
    if (tStart >= sStart) break;
    // (right before a multi-character government suffix too: 移交 政府 — but 审批 局 is a name)
    const beforeSuffixOk = tEnd < sStart || (spec.suffix.length > 1 && (spec.subtype === 'government' || spec.subtype === 'party'));
    if (verbTags[tags[p] as number] === 1 && tEnd - tStart > 1 && tStart > edge && beforeSuffixOk && tEnd >= (lastVerb >= 0 ? (ends[lastVerb] as number) : 0)) {
      lastVerb = p;
      distinctive = true;
    }
  }
  if (lastVerb >= 0 && distinctive) {
    edge = Math.min(sStart, ends[lastVerb] as number);
    k = lastVerb + 1;
  }
  const nameLen = sStart - edge;
  if (nameLen === 0) return spec.bare ? make(text, spec, sStart, sEnd) : null;
  if (nameLen < spec.min) return null;
  // A name made only of common words (科技公司, 地方政府) is a reference, not a name.
  let allGeneric = true;
  for (let p = ix.at[edge] as number; p >= 0 && p < count; p++) {
    const tStart = starts[p] as number;
    if (tStart >= sStart) break;
    const part = text.slice(Math.max(tStart, edge), Math.min(ends[p] as number, sStart));
    if (!data.generic.has(part) && !OPEN.has(part) && !CLOSE.has(part)) {
      allGeneric = false;
      break;
    }
  }
  if (allGeneric) return null;
  // A multi-character suffix needs a proper-name piece before it: a place, a person or brand
  // name, an abbreviation, a Latin word, or an unknown word jieba split into single
  // characters. 法治政府, 国际航运中心, 智能工厂, 高水平医院 are concepts, not organisations.
  // (One-character suffixes close abbreviations like 审批局 and are exempt, as are bare ones.)
  if (!spec.token && !spec.bare && !hasProperPiece(text, ix, data, edge, sStart)) return null;
  const name = text.slice(edge, sEnd);
  if (data.notNames.has(name)) return null;
  return make(text, spec, edge, sEnd);
}

/** POS tags of proper names and of pieces of unknown words. */
const PROPER_POS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'nt', 'j', 'eng', 'zg', 'vg', 'ag', 'ng', 'tg']);
const PROPER_TAGS = new TagClass((p) => PROPER_POS.has(p));

/** True when token `k` has an ASCII letter. */
function hasLatin(text: string, toks: TokenArrays, k: number): boolean {
  for (let i = toks.starts[k] as number, e = toks.ends[k] as number; i < e; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}

/** Token `x` is one character inside `[edge, sStart)` that is no function word: a piece of an unknown word. */
function isLoosePiece(text: string, toks: TokenArrays, stop: Uint8Array, x: number, edge: number, sStart: number): boolean {
  if (x < 0 || x >= toks.length) return false;
  const s = toks.starts[x] as number;
  const e = toks.ends[x] as number;
  return e - s === 1 && s >= edge && e <= sStart && stop[toks.tags[x] as number] !== 1 && !SINGLE_STOP.has(text.charAt(s));
}

function hasProperPiece(text: string, ix: TokenIndex, data: RuleData, edge: number, sStart: number): boolean {
  const toks = ix.tokens;
  const { starts, ends, tags } = toks;
  const count = toks.length;
  const proper = PROPER_TAGS.of(toks);
  const stop = STOP_TAGS.of(toks);
  for (let p = ix.at[edge] as number; p >= 0 && p < count; p++) {
    const tStart = starts[p] as number;
    const tEnd = ends[p] as number;
    if (tStart >= sStart) break;
    const from = Math.max(tStart, edge);
    const to = Math.min(tEnd, sStart);
    if (to <= from) continue;
    // the tagger calls some common words proper (高水平/nr, 城市/ns, 公立医院/nt): the generic list wins
    if (data.generic.has(text.slice(from, to)) || data.generic.has(text.slice(tStart, tEnd))) continue;
    if (proper[tags[p] as number] === 1 || hasLatin(text, toks, p)) return true;
    // an unknown word split into single characters (新/奥, 憩/园, 纽/特); a lone 高 or 副 is not one
    if (to - from === 1 && (isLoosePiece(text, toks, stop, p - 1, edge, sStart) || isLoosePiece(text, toks, stop, p + 1, edge, sStart))) return true;
    // a place written as a common noun by the tagger (京津冀, 开发区 are not; 廊坊市 is)
    if (data.places.packedLongestAt(text, from) >= 0) return true;
  }
  return false;
}

function withChars(text: string, data: RuleData, spec: SuffixSpec, sStart: number, sEnd: number): Candidate | null {
  if (spec.token) {
    for (const w of [text.slice(sStart - 1, sEnd), text.slice(sStart - 2, sEnd)]) if (data.notNames.has(w)) return null;
  }
  let edge = sStart;
  const limit = Math.max(0, sStart - spec.max);
  while (edge > limit) {
    const ch = text.charAt(edge - 1);
    if (CLOSE.has(ch)) {
      const o = Math.max(text.lastIndexOf('(', edge - 1), text.lastIndexOf('（', edge - 1));
      if (o < 0 || edge - o > 10 || !BRACKET_NOTE.test(text.slice(o + 1, edge - 1))) break;
      edge = o;
      continue;
    }
    if (!isNameChar(ch.charCodeAt(0)) || STOP_CHARS.has(ch)) break;
    edge--;
  }
  while (edge < sStart && OPEN.has(text.charAt(edge))) edge++;
  // 时任全国人大常委会: a tenure, match or dateline word before the name is not part of it
  edge += leadingNonName(text.slice(edge, sStart));
  const nameLen = sStart - edge;
  if (nameLen === 0) return spec.bare ? make(text, spec, sStart, sEnd) : null;
  if (nameLen < spec.min) return null;
  if (data.generic.has(text.slice(edge, sStart))) return null;
  if (data.notNames.has(text.slice(edge, sEnd))) return null;
  return make(text, spec, edge, sEnd);
}
