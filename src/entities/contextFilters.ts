/**
 * Filters of dictionary and rule candidates by their surroundings: context-bound names need a
 * cue word in their sentence, and names inside a work title are part of the title.
 */
import { CompactTrie } from '../dictionary/trie.js';
import type { Candidate } from './candidate.js';
import type { RuleData } from './ruleData.js';

/** Ends of a sentence for the context search: 。！？!? and line breaks. */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0x0a;
}

/**
 * Drops context-bound dictionary hits (罗马 the club) outside a sentence with a cue word of
 * their context (主场, 联赛, 进球 for `sports`).
 */
export function keepInContext(text: string, cands: Candidate[], rules: RuleData): Candidate[] {
  if (!cands.some((c) => c.context !== undefined)) return cands;
  // cue words are looked up only in the sentence around each context-bound hit (at most 200
  // characters either side), not over the whole text: such hits are rare
  return cands.filter((c) => {
    if (c.context === undefined) return true;
    const want = rules.contextNames.indexOf(c.context);
    if (want < 0) return false;
    let from = c.start;
    while (from > 0 && c.start - from < 200 && !isSentenceEnd(text.charCodeAt(from - 1))) from--;
    let to = c.end;
    while (to < text.length && to - c.end < 200 && !isSentenceEnd(text.charCodeAt(to))) to++;
    for (let i = from; i < to; i++) {
      const m = rules.cues.packedLongestAt(text, i);
      if (m >= 0 && CompactTrie.valueOf(m) === want) return true;
    }
    return false;
  });
}

/**
 * A name inside a work title (《德军总部》, 《第一财经日报》) is part of the title, not a mention
 * of the organisation; a title that is exactly a name (《河北日报》) still counts.
 */
export function dropInsideTitles(text: string, cands: Candidate[]): Candidate[] {
  if (text.indexOf('《') < 0) return cands;
  const titles: [number, number][] = [];
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    const close = text.indexOf('》', open + 1);
    if (close > open && close - open <= 40) titles.push([open + 1, close]);
  }
  // Titles are found left to right and do not nest: a binary search finds the one around a name.
  const inside = (c: Candidate): boolean => {
    let lo = 0;
    let hi = titles.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = titles[mid] as [number, number];
      if (c.start < s) hi = mid - 1;
      else if (c.start >= e) lo = mid + 1;
      else return c.end <= e && !(c.start === s && c.end === e);
    }
    return false;
  };
  return cands.filter((c) => !inside(c));
}

