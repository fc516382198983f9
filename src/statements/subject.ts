/**
 * Whose number it is, from the words of its own sentence: an organisation named in the number's
 * clause; in news, a place or scope word in that clause (国内PP产能…, 占我国甲醇产能的70%);
 * else the organisation that opens an earlier clause of the sentence, which Chinese keeps as the
 * topic of the clauses after it (本次华夏航空…获得IPO批文，拟发行不超过4050万股); else (news
 * without a main place) a place opening the clause or sentence (全国, 我国, 巴西). Null when none
 * is named; the caller then carries one from before. Entities are found by binary search and
 * each look-back has a fixed reach, so a statement costs O(log entities).
 */
import type { NameMention } from './newsNames.js';
import { PLACE_HEADS } from './mainActor.js';
import type { Words } from './words.js';

/** Index of the first mention whose start is at or after `offset` (mentions sorted by start). */
export function firstEntityFrom(entities: readonly NameMention[], offset: number): number {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words that name the whole country or the world as the holder of a figure. */
const SCOPE_WORDS = new Set(['全国', '我国', '中国', '国内', '全球', '全省', '全市', '全区', '世界', '美国', '欧洲', '日本']);
// Words before a place that make it a setting, a partner or a base of comparison, not the owner:
// 在下沙、沙尾已收获三栋, 飞往三亚, 高于全国平均水平.
const NOT_OWNER_BEFORE = new Set(['在', '于', '从', '到', '至', '赴', '往', '飞往', '来自', '向', '对', '与', '和', '及', '同', '比', '较', '高于', '低于', '超过', '相比', '除']);
// Words after a place that make it the scope of a rank (全国第一, 全国前30强, 全球排名第5).
const RANK_AFTER = /^(?:第|前|排名|排|名列|位居|居|首位|之首|领先)/u;
// A ranking's label after a place (世界500强, 全国百强县).
const LABEL_AFTER = /^(?:[0-9]+|[一二三四五六七八九十百千]+)强/u;
// A dateline: a place, then the day and 电/讯 (新华社芝加哥1月10日电, 鲁网聊城4月9日讯).
const DATELINE_AFTER = /^\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日\s*(?:电|讯)/u;
// Organisations after these words are an agent, a partner or a source, not the clause's topic.
const NOT_TOPIC_BEFORE = new Set(['由', '被', '向', '对', '与', '和', '及', '跟', '同', '据', '给', '把', '将', '从', '在', '为', '经', '通过']);
// An organisation followed by a verb of saying or forecasting speaks about the figures after it
// (世界银行预测，到2019年，其经济增长率将超过6%): it is not their topic.
const SPEECH_AFTER = new Set(['表示', '称', '认为', '预测', '预计', '指出', '分析', '强调', '坦言', '说', '透露', '介绍']);
// How many earlier organisations of the sentence a statement looks back over for the topic.
const TOPIC_LOOKBACK = 6;
// How many words before the number a place in its clause may stand.
const SCOPE_LOOKBACK = 16;
// How many words into its clause a topic may stand (本次|华夏航空).
const TOPIC_REACH = 3;

/** Where the number stands: offsets in the text and token indexes. */
export interface SubjectSite {
  readonly sentenceStart: number;
  /** Offset of the word that ends the sentence's opening (its first three words). */
  readonly opening: number;
  readonly clauseOffset: number;
  readonly qOffset: number;
  readonly clauseStart: number;
  readonly qStart: number;
  /** The first token of the clause that holds token `k`. */
  readonly clauseStartOf: (k: number) => number;
}

/** A subject named in the sentence, with the offset where it is written. */
export interface NamedSubject {
  readonly name: string;
  readonly at: number;
  /** A place (全国, 巴西, the country of a statistics office) rather than an organisation. */
  readonly place: boolean;
}

/**
 * The subject of a number, from its sentence.
 *
 * @example
 * findSubject(mentions, words, text, site, { news: true, sentenceScope: false, rank: false })
 * //=> { name: '华夏航空股份有限公司', at: 378, place: false }
 */
export function findSubject(
  entities: readonly NameMention[],
  words: Words,
  text: string,
  at: SubjectSite,
  options: { readonly news: boolean; readonly sentenceScope: boolean; readonly rank: boolean },
): NamedSubject | null {
  // The last entity that starts before the number: in the clause, it is the number's owner.
  const before = firstEntityFrom(entities, at.qOffset) - 1;
  const last = before >= 0 ? entities[before]! : null;
  if (last && last.start >= at.clauseOffset && canOwn(last)) return { name: last.name, at: last.start, place: last.place === true };
  // News: a place or scope word in the clause, before the number (国内PP产能约为2390万吨/年); a
  // rank's place words are its scope (全国国家级开发区前30强), not its owner.
  if (options.news && !options.rank) {
    const place = placeBefore(words, text, at.clauseStart, at.qStart);
    if (place) return place;
  }
  // The organisation that opens an earlier clause of the sentence is still its topic.
  for (let j = before, seen = 0; options.news && j >= 0 && seen < TOPIC_LOOKBACK && entities[j]!.start >= at.sentenceStart; j--, seen++) {
    const e = entities[j]!;
    const opening = canOwn(e) ? clauseOpenedBy(e, words, at) : -1;
    // The first name of that clause is its topic (廊坊开发区工委书记、管委会主任…介绍 → 廊坊开发区工委).
    if (opening >= 0) {
      const first = j > 0 && entities[j - 1]!.start >= opening && canOwn(entities[j - 1]!) ? entities[j - 1]! : e;
      return { name: first.name, at: first.start, place: first.place === true };
    }
  }
  if (!options.sentenceScope || options.rank) return null;
  // A place or scope word that opens the clause or the sentence: 巴西大豆…, 全国…, 我国…
  const clausePlace = placeBefore(words, text, at.clauseStart, Math.min(at.qStart, at.clauseStart + 3));
  if (clausePlace) return clausePlace;
  if (at.sentenceStart === at.clauseOffset) return null;
  const from = words.indexFrom(at.sentenceStart);
  return placeBefore(words, text, from, Math.min(at.qStart, from + 3));
}

/** The start of the clause that mention `e` opens (among its first three words, not after 由/被/与), or -1. */
function clauseOpenedBy(e: NameMention, words: Words, at: SubjectSite): number {
  const k = words.indexAt(e.start);
  const clause = at.clauseStartOf(k);
  if (k - clause > TOPIC_REACH) return -1;
  // Only adverbs, time words or conjunctions before it: after a verb it is an object (并优化国企指数).
  for (let i = clause; i < k; i++) if (words.pos(i).startsWith('v')) return -1;
  if (k > clause && k - 1 >= 0 && NOT_TOPIC_BEFORE.has(words.word(k - 1))) return -1;
  const after = words.indexAt(e.end);
  if (after < words.length && words.start(after) === e.end && SPEECH_AFTER.has(words.word(after))) return -1;
  return clause < words.length ? words.start(clause) : e.start;
}

/**
 * The place or scope word nearest before the number in its clause that holds the figure: not a
 * setting (在下沙), not a rank's scope (全国第39位), not a base of comparison (高于全国), not a
 * dateline (芝加哥1月10日电).
 */
function placeBefore(words: Words, text: string, clauseStart: number, qStart: number): NamedSubject | null {
  for (let k = qStart - 1; k >= clauseStart && k >= qStart - SCOPE_LOOKBACK; k--) {
    if (!isPlace(words, k)) continue;
    const w = words.word(k);
    const start = words.start(k);
    const end = words.end(k);
    // Places listed with 、/和 (北京、上海等地…) hold the figure together; what stands before the
    // first of them decides whether they are a setting (在广东、深圳、上海等四家分行).
    let head = k;
    while (head - 2 >= clauseStart && LIST_JOINERS.has(words.word(head - 1)) && isPlace(words, head - 2)) head -= 2;
    const prev = head - 1 >= 0 ? head - 1 : -1;
    const next = k + 1 < words.length ? k + 1 : -1;
    if (head > clauseStart && prev >= 0 && NOT_OWNER_BEFORE.has(words.word(prev))) {
      k = head;
      continue;
    }
    if (next >= 0 && RANK_AFTER.test(words.word(next))) continue;
    // 世界500强企业: a place before N强 is part of a label.
    if (LABEL_AFTER.test(text.slice(end, end + 8))) continue;
    if (isDateline(text, end) || inTitle(text, start)) continue;
    // 国内生产总值 (GDP) is the measure's name; 巴西国内 is Brazil's.
    if (next >= 0 && words.start(next) === end && words.word(next).startsWith('生产总值')) continue;
    if (w === '国内' && prev >= 0 && words.end(prev) === start && words.pos(prev) === 'ns') return { name: words.word(prev), at: words.start(prev), place: true };
    // 廊坊|开发区: the place with its head is its name.
    if (next >= 0 && words.start(next) === end && PLACE_HEADS.has(words.word(next))) return { name: w + words.word(next), at: start, place: true };
    if (head < k) return { name: listedPlaces(words, head, k), at: words.start(head), place: true };
    return { name: w, at: start, place: true };
  }
  return null;
}

const LIST_JOINERS = new Set(['、', '和', '及', '与']);

function isPlace(words: Words, k: number): boolean {
  return SCOPE_WORDS.has(words.word(k)) || (words.pos(k) === 'ns' && words.size(k) >= 2);
}

/** The places of tokens `head..last` (every other token), joined with 、 as the gold writes lists. */
function listedPlaces(words: Words, head: number, last: number): string {
  const names: string[] = [];
  for (let k = head; k <= last; k += 2) names.push(words.word(k));
  return names.join('、');
}

/** True inside a title in 《》 (《魔兽世界》, 《美国黑帮》): its words name a work, not a place. */
function inTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  return open >= 0 && at - open < 30 && text.lastIndexOf('》', at) < open;
}

function isDateline(text: string, end: number): boolean {
  return DATELINE_AFTER.test(text.slice(end, end + 12));
}

/** A news outlet or a source in a dateline (据乐居消息, 证监会网站显示) reports the figure; it does not own it. */
function canOwn(e: NameMention): boolean {
  return !e.source;
}
