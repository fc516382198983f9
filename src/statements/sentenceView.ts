import { charTest, type Words } from './words.js';
import { TagClass } from '../segment/tagSet.js';

const punctChar = charTest(/^[\s，,。．；;：:、！？!?…“”‘’"'（）()《》【】「」—\-～~·/／]$/u);
// ． (full-width full stop) ends a clause between words; the ASCII . is a decimal point.
const CLAUSE_BREAK = new Set([...'，,；;：:。！？!?．'].map((c) => c.charCodeAt(0)));

/** True for punctuation and spaces (every character of the token). */
export function isPunct(words: Words, k: number): boolean {
  const text = words.text;
  const e = words.end(k);
  let i = words.start(k);
  if (i >= e) return false;
  for (; i < e; i++) if (!punctChar(text.charCodeAt(i))) return false;
  return true;
}

/** True for a clause delimiter (comma, semicolon, colon, end mark). */
export function isClauseBreak(words: Words, k: number): boolean {
  const s = words.start(k);
  return words.end(k) - s === 1 && CLAUSE_BREAK.has(words.text.charCodeAt(s));
}

const NOMINAL_POS = /^(?:n|nr|ns|nt|nz|nrt|nrfg|ng|vn|an|b|j|l|i|eng|x|g|k|h|s|f|mq)$/u;
const NOMINAL = new TagClass((pos) => NOMINAL_POS.test(pos) || (pos.startsWith('n') && pos !== 'nr'));
const QUOTE_MARKS = new Set([...'“”"'].map((c) => c.charCodeAt(0)));

/** A word that can sit inside a metric noun phrase. Unknown Han words (`x`) count: they are mostly names. */
export function isNominal(words: Words, k: number): boolean {
  if (isPunct(words, k)) return words.size(k) === 1 && QUOTE_MARKS.has(words.text.charCodeAt(words.start(k)));
  return NOMINAL.has(words, k);
}
