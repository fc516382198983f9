/**
 * Character classes for numerals. One lookup per character keeps the scanner fast: text
 * without any numeral character is skipped at table speed.
 */

/** Class codes in {@link CHAR_CLASS}. */
export const C_NONE = 0;
/** ASCII digit (full-width digits are folded before lookup). */
export const C_ARABIC = 1;
/** Chinese digit: 一二三…九, 两, 零/〇, financial forms. */
export const C_DIGIT = 2;
/** Chinese magnitude: 十百千万亿兆 and financial forms. */
export const C_MAG = 3;
/**
 * A character that may start a quantity without being a numeral (第, 前, 首, 榜, 翻, 对, 半, and
 * 数/几 of 数十亿 and 几十万), or `:` of a URL.
 */
export const C_TRIGGER = 4;

/** Chinese digit values. 零 and 〇 are 0; 两/俩 are 2; 幺 (spoken 1) is 1. */
export const DIGIT_VALUE: ReadonlyMap<number, number> = new Map(
  (
    [
      ['零', 0], ['〇', 0], ['○', 0], ['一', 1], ['壹', 1], ['幺', 1], ['二', 2], ['贰', 2], ['貳', 2], ['貮', 2], ['两', 2],
      ['兩', 2], ['俩', 2], ['倆', 2], ['三', 3], ['叁', 3], ['參', 3], ['四', 4], ['肆', 4], ['五', 5],
      ['伍', 5], ['六', 6], ['陆', 6], ['陸', 6], ['七', 7], ['柒', 7], ['八', 8], ['捌', 8], ['九', 9], ['玖', 9],
    ] as const
  ).map(([c, v]) => [c.charCodeAt(0), v]),
);

/** Magnitudes as powers of ten. */
export const MAG_POWER: ReadonlyMap<number, number> = new Map(
  (
    [
      ['十', 1], ['拾', 1], ['百', 2], ['佰', 2], ['千', 3], ['仟', 3], ['万', 4], ['萬', 4], ['亿', 8], ['億', 8], ['兆', 12],
    ] as const
  ).map(([c, v]) => [c.charCodeAt(0), v]),
);

/** {@link DIGIT_VALUE} over every code unit, -1 where there is none: a load where the Map hashes. */
export const DIGIT_OF: Int8Array = (() => {
  const t = new Int8Array(0x10000).fill(-1);
  for (const [c, v] of DIGIT_VALUE) t[c] = v;
  return t;
})();

/** {@link MAG_POWER} over every code unit, -1 where there is none. */
export const POWER_OF: Int8Array = (() => {
  const t = new Int8Array(0x10000).fill(-1);
  for (const [c, p] of MAG_POWER) t[c] = p;
  return t;
})();

/** Per-code-unit class table (BMP only; astral characters are never numerals). */
export const CHAR_CLASS: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0x30; c <= 0x39; c++) t[c] = C_ARABIC;
  for (let c = 0xff10; c <= 0xff19; c++) t[c] = C_ARABIC;
  for (const c of DIGIT_VALUE.keys()) t[c] = C_DIGIT;
  for (const c of MAG_POWER.keys()) t[c] = C_MAG;
  for (const ch of '廿卅') t[ch.charCodeAt(0)] = C_MAG;
  for (const ch of '第前首榜翻对對半数數几幾:') t[ch.charCodeAt(0)] = C_TRIGGER;
  return t;
})();

/** Code unit of a one-character string, so comparisons read as text: `c === ch('多')`. */
export function ch(c: string): number {
  return c.charCodeAt(0);
}

/**
 * `s.charCodeAt(i)`, or 0 outside the string (where `charCodeAt` gives NaN). The readers look
 * left and right of a numeral and often step off either end of the text; an out-of-range
 * `charCodeAt` throws the optimised code of its caller away (V8 recompiles it, once per call
 * site), and a NaN among the codes makes every comparison a floating-point one. 0 (NUL) is in no
 * class, set, map or word of this module and no reader compares two codes read off the end, so
 * it reads as NaN did. Every read of the text in this module goes through here.
 */
export function codeAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : 0;
}

/**
 * A set of UTF-16 units as a bit set (8 KB): membership is a shift and a mask where a `Set` of
 * numbers hashes. Test it with {@link inUnitSet}.
 */
export function unitSet(units: string): Uint32Array {
  const set = new Uint32Array(0x800);
  for (let k = 0; k < units.length; k++) {
    const c = units.charCodeAt(k);
    set[c >>> 5]! |= 1 << (c & 31);
  }
  return set;
}

/** True when the unit `c` (0 to 0xFFFF, as {@link codeAt} gives) is in `set`. */
export function inUnitSet(set: Uint32Array, c: number): boolean {
  return (set[c >>> 5]! & (1 << (c & 31))) !== 0;
}

/** True for ASCII (already folded) digits. */
export function isArabic(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** True for ASCII letters. */
export function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** True for a CJK ideograph (the basic block is enough for news text). */
export function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

