/**
 * One pass over the caller's text before the readers run: the width-folded text they read, and
 * the positions where a quantity can start (a numeral or a trigger character). Folding and
 * finding candidates used to be two passes over every character; news text has a numeral
 * character about once in sixteen, so this pass is most of what the scan costs on prose.
 */
import { foldWidthChar } from '../normalize/foldWidth.js';
import * as chars from './chars.js';

// Module-local copies (see extract.ts): no getter call per use under tsx or CJS interop.
const { CHAR_CLASS, C_NONE, codeAt } = chars;

/** Set in {@link SCAN_CLASS} for a unit that width folding may change. */
const FOLDS = 8;
/** The bits of {@link SCAN_CLASS} that hold the class. */
const CLASS_BITS = 7;
const FULL_COMMA = 0xff0c;

/**
 * The {@link CHAR_CLASS} of each unit after folding (：is a trigger as : is), with {@link FOLDS}
 * on the units that fold: U+3000 and U+FF01–U+FF5E (see {@link foldsAt}).
 */
const SCAN_CLASS: Uint8Array = (() => {
  const t = CHAR_CLASS.slice();
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = CHAR_CLASS[foldWidthChar(c)]! | FOLDS;
  t[0x3000] = CHAR_CLASS[foldWidthChar(0x3000)]! | FOLDS;
  return t;
})();

/** Reused between calls (the extractor is synchronous and not re-entered). */
let starts: Int32Array = new Int32Array(1024);
let folds: Int32Array = new Int32Array(256);

/** The candidates of the last {@link scanCandidates}: `positions[0, count)` ascending. */
export interface Candidates {
  /** The width-folded text (the caller's text itself when nothing folds). */
  readonly s: string;
  readonly positions: Int32Array;
  readonly count: number;
}

/**
 * Folds `text` for the readers and lists where a quantity can start: the units whose folded
 * class is not `C_NONE`. `positions` is a buffer reused by the next call.
 *
 * @example
 * const c = scanCandidates('增长１７％');
 * c.s //=> '增长17%'
 * [...c.positions.subarray(0, c.count)] //=> [2, 3]
 */
export function scanCandidates(text: string): Candidates {
  const n = text.length;
  let count = 0;
  let nFolds = 0;
  for (let i = 0; i < n; i++) {
    let k = SCAN_CLASS[text.charCodeAt(i)]!;
    if (k === C_NONE) continue;
    if (k >= FOLDS) {
      if (foldsAt(text, i)) {
        if (nFolds === folds.length) folds = grow(folds);
        folds[nFolds++] = i;
      }
      k &= CLASS_BITS;
      if (k === C_NONE) continue;
    }
    if (count === starts.length) starts = grow(starts);
    starts[count++] = i;
  }
  return { s: nFolds === 0 ? text : folded(text, folds, nFolds), positions: starts, count };
}

/**
 * Width folding for numbers: like `foldWidth` (length-preserving) but keeps the full-width
 * comma, which separates clauses (20，300美元 is two numbers) unless it stands between
 * full-width digits (４，５６５).
 */
function foldsAt(text: string, i: number): boolean {
  return text.charCodeAt(i) !== FULL_COMMA || (isFullDigit(codeAt(text, i - 1)) && isFullDigit(codeAt(text, i + 1)));
}

/** True for a full-width digit ０-９, around which a full-width comma is a thousands separator. */
function isFullDigit(c: number): boolean {
  return c >= 0xff10 && c <= 0xff19;
}

/** `text` with the units at `at[0, n)` folded. */
function folded(text: string, at: Int32Array, n: number): string {
  const parts: string[] = [];
  let last = 0;
  for (let j = 0; j < n; j++) {
    const i = at[j]!;
    parts.push(text.slice(last, i), String.fromCharCode(foldWidthChar(text.charCodeAt(i))));
    last = i + 1;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
