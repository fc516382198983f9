/**
 * Percentages written with words around the numeral: 百分之九十五, 千分之三, 万分之五, 打对折,
 * 半成, 半折. (成/折 after a numeral, 三成 and 八折, are read with its unit in core.ts.)
 */
import type { Quantity } from '../core/types.js';
import * as bounds from './applyBounds.js';
import * as chars from './chars.js';
import * as coreReader from './core.js';
import * as drafts from './draft.js';
import * as scan from './scanNumber.js';

// Module-local copies (see core.ts): no getter call per use under tsx or CJS interop.
const { finishQuantity } = bounds;
const { ch, isHan, codeAt } = chars;
const { bareCore, latinAt } = coreReader;
const { emit, plainDraft } = drafts;
const { readNumeral } = scan;
// Code units compared in the readers below (module constants: no call per comparison).
const C_K_LOWER = ch('k');
const C_K_UPPER = ch('K');
const C_DUI_TRAD = ch('對');
const C_DA_DOZEN = ch('打');

const C_DUI = ch('对');
const C_CHENG = ch('成');
const C_ZHE = ch('折');
const C_FEN = ch('分');

/** Word, unit and factor: 万分之五 is 0.05 %. */
const PERCENT_WORDS: readonly (readonly [string, string, number])[] = [
  ['百分之', '%', 1],
  ['千分之', '‰', 1],
  ['万分之', '%', 0.01],
];

/**
 * Reads 百分之N, 千分之N or 万分之N at `i` (with its bounds) into `out`. Returns where the scan
 * continues, or -1 when no such word starts at `i`.
 *
 * @example
 * readPercentWord('增长百分之九十五', '增长百分之九十五', 2, out) //=> 8; out gains value 95, unit '%'
 */
export function readPercentWord(s: string, orig: string, i: number, out: Quantity[]): number {
  // Every word is a magnitude and 分之: one test turns the common numeral away.
  if (codeAt(s, i + 1) !== C_FEN) return -1;
  const c = codeAt(s, i);
  for (const [word, unit, factor] of PERCENT_WORDS) {
    if (c === codeAt(word, 0) && s.startsWith(word, i)) {
      const num = readNumeral(s, i + 3);
      if (!num) return i + 3;
      let end = num.end;
      let value = num.value * factor;
      if ((codeAt(s, end) === C_K_LOWER || codeAt(s, end) === C_K_UPPER) && !latinAt(s, end + 1)) {
        value *= 1000;
        end++;
      }
      finishQuantity(s, orig, out, i, { ...bareCore(num, end), value, unit, unitKind: 'percent', unitText: word }, false);
      return end;
    }
  }
  return -1;
}

/**
 * Reads 打对折 (half price, 50 %) at `i` (on 对 or 對) into `out`. Returns where the scan continues.
 *
 * @example
 * readFold('打对折', '打对折', 1, out) //=> 3; out gains '对折', value 50, unit '%'
 */
export function readFold(s: string, orig: string, i: number, out: Quantity[]): number {
  const c = codeAt(s, i);
  if ((c === C_DUI || c === C_DUI_TRAD) && codeAt(s, i + 1) === C_ZHE && codeAt(s, i - 1) === C_DA_DOZEN) {
    emit(out, orig, plainDraft(i, i + 2, 50, '%', '对折'));
    return i + 2;
  }
  return i + 1;
}

/**
 * Reads 半成 (5 %) or 半折 (50 %) at `i` (on 半) into `out`. Returns where the scan continues.
 *
 * @example
 * readHalfShare('下降半成', '下降半成', 2, out) //=> 4; out gains '半成', value 5, unit '%'
 */
export function readHalfShare(s: string, orig: string, i: number, out: Quantity[]): number {
  if ((codeAt(s, i + 1) === C_CHENG || codeAt(s, i + 1) === C_ZHE) && !isHan(codeAt(s, i + 2))) {
    emit(out, orig, plainDraft(i, i + 2, codeAt(s, i + 1) === C_CHENG ? 5 : 50, '%', orig.slice(i + 1, i + 2)));
    return i + 2;
  }
  return i + 1;
}
