/**
 * Rankings: 第39位, 全国第一, 前30强, 前5% (a top share), 首位, 榜首.
 */
import type { Comparator, Quantity } from '../core/types.js';
import { RANK_CONTEXT } from './bounds.js';
import * as chars from './chars.js';
import * as coreReader from './core.js';
import * as drafts from './draft.js';
import type { Draft } from './draft.js';
import * as scan from './scanNumber.js';
import type { NumeralRun } from './scanNumber.js';
import * as trie from './trie.js';

// Module-local copies (see core.ts): no getter call per use under tsx or CJS interop.
const { ch, isArabic, isHan, codeAt } = chars;
const { latinAt } = coreReader;
const { emit, plainDraft } = drafts;
const { readNumeral } = scan;
const { buildTrie, matchBackward } = trie;
// Code units compared in the readers below (module constants: no call per comparison).
const C_PERCENT = ch('%');
const C_PERMILLE = ch('‰');
const C_PERMYRIAD = ch('‱');
const C_WEI = ch('位');

const C_DI = ch('第');
const C_QIAN = ch('前');
const C_SHOU = ch('首');
const C_BANG = ch('榜');
const C_DE = ch('的');
const C_DA = ch('大');
/** Characters after 第N大 that make it a name (第一大道, 第五大街, 第二大桥), a congress or a school. */
const BIG_NAMES = new Set([...'道街桥队会学赛'].map((c) => codeAt(c, 0)));

const RANK_WORDS = new Map([
  [ch('位'), '位'],
  [ch('名'), '名'],
  [ch('强'), '强'],
  [ch('甲'), '甲'],
]);
/** 摆在首位: "first priority", no ranking. */
const PRIORITY = buildTrie(['摆在', '放在', '置于', '摆到', '放到', '摆上', '列为', '作为'].map((w) => [w, true] as const), true);

/**
 * Reads a ranking at `i` (on 第, 前, 首 or 榜) into `out`. Returns where the scan continues:
 * past the ranking, past an ordinal label (第十四届), or `i + 1` when there is none.
 *
 * @example
 * readRanking('位居全国第3位', '位居全国第3位', 4, out) //=> 7; out gains '第3位', value 3, unit 'rank'
 */
export function readRanking(s: string, orig: string, i: number, out: Quantity[]): number {
  const c = codeAt(s, i);
  if (c === C_DI || c === C_QIAN) {
    const num = readNumeral(s, i + 1);
    if (!num || (num.arabic && isCodeAfterMarker(s, num))) return i + 1;
    const after = codeAt(s, num.end);
    const rankWord = RANK_WORDS.get(after);
    const isDi = c === C_DI;
    // 第二大股东, 第一大市值股: the N-th largest, a rank (not 第一大道, 第十九大 as a congress).
    if (isDi && after === C_DA && isHan(codeAt(s, num.end + 1)) && !BIG_NAMES.has(codeAt(s, num.end + 1)) && num.end - num.start <= 2) {
      const end = num.end + 1;
      emit(out, orig, rankDraft(i, end, num.value, 'eq', orig.slice(num.end, end), num));
      return end;
    }
    if (rankWord !== undefined && (isDi ? rankWord === '位' || rankWord === '名' : true)) {
      const end = num.end + 1;
      emit(out, orig, rankDraft(i, end, num.value, isDi ? 'eq' : 'lte', orig.slice(num.end, end), num));
      return end;
    }
    // 前1‰, 前5%: the top share, a percentage with an upper bound.
    if (!isDi && (after === C_PERCENT || after === C_PERMILLE || after === C_PERMYRIAD)) {
      const unit = after === C_PERMILLE ? '‰' : '%';
      const value = after === C_PERMYRIAD ? num.value * 0.01 : num.value;
      emit(out, orig, plainDraft(i, num.end + 1, value, unit, orig.slice(num.end, num.end + 1), 'lte', num.start, num.end));
      return num.end + 1;
    }
    const open = (!isHan(after) && !isArabic(after) && !latinAt(s, num.end)) || after === C_DE;
    if (open && (!isDi || matchBackward(RANK_CONTEXT, s, i) !== null)) {
      emit(out, orig, rankDraft(i, num.end, num.value, isDi ? 'eq' : 'lte', '', num));
      return num.end;
    }
    // 第十四届, 第三方, 第一时间: an ordinal label. 前3个月: an ordinary quantity.
    return isDi ? Math.max(num.end, i + 1) : i + 1;
  }
  if (c === C_SHOU && codeAt(s, i + 1) === C_WEI && !isHan(codeAt(s, i + 2)) && !matchBackward(PRIORITY, s, i)) {
    emit(out, orig, rankDraft(i, i + 2, 1, 'eq', '首位'));
    return i + 2;
  }
  if (c === C_BANG && codeAt(s, i + 1) === C_SHOU && !isHan(codeAt(s, i + 2))) {
    emit(out, orig, rankDraft(i, i + 2, 1, 'eq', '榜首'));
    return i + 2;
  }
  return i + 1;
}

/** 第05, 第5G: after 第/前 only a leading zero or a Latin letter marks a code (the full label check is too strict here). */
function isCodeAfterMarker(s: string, num: NumeralRun): boolean {
  return num.leadingZero || latinAt(s, num.end);
}

/** A ranking is a quantity in unit `rank`; 前N gives an upper bound. `num`: the numeral, when it is narrower than the ranking. */
function rankDraft(start: number, end: number, value: number, comparator: Comparator, unitText: string, num?: NumeralRun): Draft {
  return plainDraft(start, end, value, 'rank', unitText, comparator, num?.start, num?.end);
}
