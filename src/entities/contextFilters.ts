/**
 * Filters of dictionary and rule candidates by their surroundings: context-bound names need a
 * cue word in their sentence, and names inside a work title are part of the title.
 */
import { CompactTrie } from '../dictionary/trie.js';
import type { Candidate } from './candidate.js';
import type { RuleData } from './ruleData.js';

const SENTENCE_END = /[。！？!?\n]/;

/**
 * Drops context-bound dictionary hits (罗马 the club) outside a sentence with a cue word of
 * their context (主场, 联赛, 进球 for `sports`).
 */
export function keepInContext(text: string, cands: Candidate[], rules: RuleData): Candidate[] {
  if (!cands.some((c) => c.context !== undefined)) return cands;
  // one pass over the text for cue words, then a binary search per context-bound hit
  const cueAt: number[] = [];
  const cueContext: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const m = rules.cues.packedLongestAt(text, i);
    if (m >= 0) {
      cueAt.push(i);
      cueContext.push(CompactTrie.valueOf(m));
    }
  }
  return cands.filter((c) => {
    if (c.context === undefined) return true;
    const want = rules.contextNames.indexOf(c.context);
    if (want < 0 || cueAt.length === 0) return false;
    let from = c.start;
    while (from > 0 && c.start - from < 200 && !SENTENCE_END.test(text.charAt(from - 1))) from--;
    let to = c.end;
    while (to < text.length && to - c.end < 200 && !SENTENCE_END.test(text.charAt(to))) to++;
    let lo = 0;
    let hi = cueAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cueAt[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < cueAt.length && (cueAt[k] as number) < to; k++) if (cueContext[k] === want) return true;
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

