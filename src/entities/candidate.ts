import type { EntitySubtype, EntityType } from '../core/types.js';

/** A possible entity before overlaps are resolved. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly subtype: EntitySubtype;
  readonly canonical: string;
  readonly source: 'dictionary' | 'rule' | 'alias';
  readonly id?: string;
  /** A dictionary entry's required context (checked before selection). */
  readonly context?: string;
}

const BONUS: Record<Candidate['source'], number> = { rule: 0, dictionary: 2, alias: 1 };

/**
 * Picks non-overlapping candidates covering the most characters (weighted interval
 * scheduling); on equal coverage fewer, longer mentions win, then a dictionary hit beats an alias, which beats a rule guess.
 * This gives longest-match behaviour without letting a short dictionary hit cut a longer
 * rule-found name in two.
 *
 * @example
 * selectCandidates([
 *   { start: 0, end: 2, type: 'enterprise', subtype: 'company', canonical: '华为技术有限公司', source: 'alias' },
 *   { start: 0, end: 4, type: 'enterprise', subtype: 'company', canonical: '华为公司', source: 'rule' },
 * ]).map((c) => c.end) //=> [4]
 */
export function selectCandidates(cands: readonly Candidate[]): Candidate[] {
  if (cands.length <= 1) return [...cands];
  const sorted = [...cands].sort((a, b) => a.end - b.end || a.start - b.start);
  const n = sorted.length;
  // plain arrays: these are tiny, and typed-array allocation per call costs more than it saves
  const best: number[] = new Array<number>(n + 1).fill(0);
  const take: boolean[] = new Array<boolean>(n + 1).fill(false);
  const prev: number[] = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    const c = sorted[i - 1] as Candidate;
    // last candidate ending at or before c.start
    let lo = 0;
    let hi = i - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((sorted[mid - 1] as Candidate).end <= c.start) lo = mid;
      else hi = mid - 1;
    }
    const withC = (best[lo] as number) + (c.end - c.start) * 10 + BONUS[c.source] - 3;
    if (withC > (best[i - 1] as number)) {
      best[i] = withC;
      take[i] = true;
      prev[i] = lo;
    } else {
      best[i] = best[i - 1] as number;
      prev[i] = i - 1;
    }
  }
  const out: Candidate[] = [];
  for (let i = n; i > 0; ) {
    if (take[i]) {
      out.push(sorted[i - 1] as Candidate);
      i = prev[i] as number;
    } else i--;
  }
  return out.reverse();
}
