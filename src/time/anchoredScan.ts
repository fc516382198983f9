/**
 * The matches of a global regular expression, found by trying it only where a match can start.
 *
 * A global `exec` tries its pattern at every position of the text; for the time pattern (a long
 * alternation of named branches) that is most of the time stage, although matches are rare. The
 * pattern says two things that rule out nearly every position: each match contains an anchor
 * character (年, 日, a word of now…) at most `reach` non-blank units after its start, and it
 * starts with one of a few characters. So the scan walks from anchor to anchor and tries the
 * pattern (sticky) only at the start characters within `reach` before each one. Since a global
 * `exec` returns the leftmost match and a sticky one at that position returns the same match, the
 * matches are exactly those of the plain scan (test/time/anchoredScan.test.ts checks this).
 */

/** Flags per UTF-16 unit. */
const ANCHOR = 1;
const START = 2;
const BLANK = 4;

/**
 * ECMAScript's `\s`: the Zs spaces, tab, vertical tab, form feed, BOM and the line terminators.
 * `\s*` may stand between a start and its anchor, so blanks do not count towards `reach`.
 */
export const BLANKS = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** How to scan for one pattern. */
export interface AnchoredScan {
  /** True when an anchor stands in `text[from, to)`: else no match can be there. */
  hasAnchor(text: string, from: number, to: number): boolean;
  /** The leftmost match in `s` starting at `pos` or later, as `pattern.exec` from `pos` finds it; null when none. */
  next(s: string, pos: number): RegExpExecArray | null;
}

/**
 * A scanner for the global `pattern`, given the characters every match contains (`anchors`), the
 * characters a match can start with (`starts`) and how many non-blank units a match may have
 * before its first anchor (`reach`). All three must hold for every match, or matches are lost.
 *
 * @example
 * const scan = anchoredScan(/\d+年/gu, '年', '0123456789', 4);
 * scan.next('在2024年和2025年', 6)?.[0] //=> '2025年'
 */
export function anchoredScan(pattern: RegExp, anchors: string, starts: string, reach: number): AnchoredScan {
  const flags = new Uint8Array(0x10000);
  for (let k = 0; k < anchors.length; k++) flags[anchors.charCodeAt(k)]! |= ANCHOR;
  for (let k = 0; k < starts.length; k++) flags[starts.charCodeAt(k)]! |= START;
  for (let k = 0; k < BLANKS.length; k++) flags[BLANKS.charCodeAt(k)]! |= BLANK;
  // The same pattern anchored at lastIndex: it tries one position only.
  const sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');

  /** The first anchor in `s[from, to)`, or -1. */
  function anchorAt(s: string, from: number, to: number): number {
    for (let i = from; i < to; i++) if ((flags[s.charCodeAt(i)]! & ANCHOR) !== 0) return i;
    return -1;
  }

  /** The smallest position from which the anchor at `a` is at most `reach` non-blank units away. */
  function reachBack(s: string, a: number): number {
    let p = a;
    let n = 0;
    while (p > 0 && n < reach) {
      p--;
      if ((flags[s.charCodeAt(p)]! & BLANK) === 0) n++;
    }
    return p;
  }

  return {
    hasAnchor: (text, from, to) => anchorAt(text, from, to) >= 0,
    next(s, pos) {
      let from = pos;
      // A match starting at p contains an anchor; the first one at or after p is then at most
      // `reach` non-blank units away, so p lies in the window before the next anchor.
      for (let a = anchorAt(s, from, s.length); a >= 0; a = anchorAt(s, from, s.length)) {
        for (let p = Math.max(from, reachBack(s, a)); p <= a; p++) {
          if ((flags[s.charCodeAt(p)]! & START) === 0) continue;
          sticky.lastIndex = p;
          const m = sticky.exec(s);
          if (m !== null) return m;
        }
        from = a + 1;
      }
      return null;
    },
  };
}
