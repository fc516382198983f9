/**
 * Whose number it is: an organisation named in the number's clause, else one that opens the
 * sentence, else a place that opens the clause (全国, 我国, 巴西), else the one carried from the
 * sentences before, else the document's main actor. Entities are found by binary search, so
 * a statement costs O(log entities), not a scan from the document start.
 */
import type { Entity, Token } from '../core/types.js';

/** Index of the first entity whose start is at or after `offset` (entities sorted by start). */
export function firstEntityFrom(entities: readonly Entity[], offset: number): number {
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

/**
 * The subject of a number whose clause starts at `clauseOffset` and whose quantity starts at
 * `qOffset`, in a sentence starting at `sentenceStart` whose opening words end at `opening`.
 *
 * @example
 * findSubject(entities, words, { sentenceStart: 0, opening: 8, clauseOffset: 0, qOffset: 12, clauseStart: 0, qStart: 5 }, null)
 */
export function findSubject(
  entities: readonly Entity[],
  words: readonly Token[],
  at: { sentenceStart: number; opening: number; clauseOffset: number; qOffset: number; clauseStart: number; qStart: number },
  fallback: string | null,
): string | null {
  // The last entity that starts before the number: in the clause, it is the number's owner.
  const before = firstEntityFrom(entities, at.qOffset) - 1;
  const last = before >= 0 ? entities[before]! : null;
  if (last && last.start >= at.clauseOffset) return last.canonical;
  // The first entity of the sentence, when it opens the sentence.
  const firstInSentence = entities[firstEntityFrom(entities, at.sentenceStart)];
  if (firstInSentence && firstInSentence.start <= at.opening && firstInSentence.start < at.qOffset) return firstInSentence.canonical;
  // A place or scope word that opens the clause (巴西大豆…, 全国…), when the document has no main actor.
  if (fallback !== null) return fallback;
  for (let k = at.clauseStart; k < Math.min(at.qStart, at.clauseStart + 3); k++) {
    const w = words[k]!;
    if (SCOPE_WORDS.has(w.text) || (w.pos === 'ns' && w.text.length >= 2)) return w.text;
  }
  return fallback;
}
