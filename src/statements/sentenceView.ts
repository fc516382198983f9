import type { Token } from '../core/types.js';

/** A token of the normalised text (its `text` is the normalised word). */
export type WordToken = Token;

const PUNCT = /^[\s，,。．；;：:、！？!?…“”‘’"'（）()《》【】「」—\-～~·/／]+$/u;
// ． (full-width full stop) ends a clause between words; the ASCII . is a decimal point.
const CLAUSE_BREAK = new Set(['，', ',', '；', ';', '：', ':', '。', '！', '？', '!', '?', '．']);

/** True for punctuation and spaces. */
export function isPunct(t: WordToken): boolean {
  return PUNCT.test(t.text);
}

/** True for a clause delimiter (comma, semicolon, colon, end mark). */
export function isClauseBreak(t: WordToken): boolean {
  return CLAUSE_BREAK.has(t.text);
}

/** Index of the first token whose end is after `offset` (binary search over sorted tokens). */
export function tokenIndexAt(tokens: readonly WordToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token that starts at or after `offset` (binary search over sorted tokens). */
export function tokenStartingAt(tokens: readonly WordToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NOMINAL_POS = /^(?:n|nr|ns|nt|nz|nrt|nrfg|ng|vn|an|b|j|l|i|eng|x|g|k|h|s|f|mq)$/u;

/** A word that can sit inside a metric noun phrase. Unknown Han words (`x`) count: they are mostly names. */
export function isNominal(t: WordToken): boolean {
  if (isPunct(t)) return t.text === '“' || t.text === '”' || t.text === '"';
  return NOMINAL_POS.test(t.pos) || (t.pos.startsWith('n') && t.pos !== 'nr');
}
