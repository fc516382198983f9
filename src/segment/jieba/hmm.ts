import type { JiebaDictionary } from './dictionary.js';
import { isHigh, isLow } from './maxProbability.js';
import type { SpanBuffer } from './spanBuffer.js';

const MIN_DOUBLE = -3.14e100;
const E = 1;
const S = 3;

/**
 * jieba's hidden Markov model for words outside the dictionary, as cppjieba's HMMSegment runs
 * it: ASCII letters (then letters and digits) and digits (then digits and dots) are words of
 * their own, any other ASCII character stands alone, and each run of non-ASCII characters is
 * labelled B/E/M/S by Viterbi; a word ends at every E or S.
 */
export class HiddenMarkov {
  private readonly start: Float64Array;
  private readonly trans: Float64Array;
  private readonly emit: Float64Array;
  /** BMP code unit → row of `emit` + 1 (0: no emission known, every state gets MIN_DOUBLE). */
  private readonly rowOf: Int32Array;
  private readonly astral: Map<number, number>;
  private weight = new Float64Array(64);
  private path = new Int8Array(64);
  private runeStart = new Int32Array(16);

  constructor(private readonly dict: JiebaDictionary) {
    const { meta, tables } = dict;
    this.start = Float64Array.from(meta.hmmStart);
    this.trans = Float64Array.from(meta.hmmTrans.flat());
    this.emit = tables.hmmEmit;
    this.rowOf = new Int32Array(65536);
    this.astral = new Map();
    tables.hmmChars.forEach((cp, k) => {
      if (cp < 0x10000) this.rowOf[cp] = k + 1;
      else this.astral.set(cp, k + 1);
    });
  }

  /** Appends the HMM's words of `text[from, to)` to `out`, tagged from the dictionary. */
  cut(text: string, from: number, to: number, out: SpanBuffer): void {
    let left = from;
    let right = from;
    while (right < to) {
      const c = text.charCodeAt(right);
      if (c >= 0x80) {
        right++;
        continue;
      }
      if (left !== right) this.viterbi(text, left, right, out);
      left = right;
      right = asciiWordEnd(text, left, to);
      out.push(left, right, this.dict.tagIdOf(text, left, right));
      left = right;
    }
    if (left !== right) this.viterbi(text, left, right, out);
  }

  private viterbi(text: string, from: number, to: number, out: SpanBuffer): void {
    // rune starts of the run (a surrogate pair is one character)
    let X = 0;
    if (this.runeStart.length < to - from + 1) this.runeStart = new Int32Array((to - from + 1) * 2);
    const starts = this.runeStart;
    for (let i = from; i < to; i++) {
      starts[X++] = i;
      if (isHigh(text.charCodeAt(i)) && i + 1 < to && isLow(text.charCodeAt(i + 1))) i++;
    }
    starts[X] = to;
    if (this.weight.length < X * 4) {
      this.weight = new Float64Array(X * 8);
      this.path = new Int8Array(X * 8);
    }
    const weight = this.weight;
    const path = this.path;
    const trans = this.trans;
    // weight[x + y * X] as in cppjieba
    const row0 = this.rowOfAt(text, starts[0]!);
    for (let y = 0; y < 4; y++) {
      weight[y * X] = this.start[y]! + (row0 === 0 ? MIN_DOUBLE : this.emit[(row0 - 1) * 4 + y]!);
      path[y * X] = -1;
    }
    for (let x = 1; x < X; x++) {
      const row = this.rowOfAt(text, starts[x]!);
      for (let y = 0; y < 4; y++) {
        const now = x + y * X;
        let best = MIN_DOUBLE;
        let from = E;
        const emit = row === 0 ? MIN_DOUBLE : this.emit[(row - 1) * 4 + y]!;
        for (let preY = 0; preY < 4; preY++) {
          const tmp = weight[x - 1 + preY * X]! + trans[preY * 4 + y]! + emit;
          if (tmp > best) {
            best = tmp;
            from = preY;
          }
        }
        weight[now] = best;
        path[now] = from;
      }
    }
    let stat = weight[X - 1 + E * X]! >= weight[X - 1 + S * X]! ? E : S;
    // walk the path back, then emit words left to right
    const states = new Int8Array(X);
    for (let x = X - 1; x >= 0; x--) {
      states[x] = stat;
      stat = path[x + stat * X]!;
    }
    let left = 0;
    for (let x = 0; x < X; x++) {
      if (states[x]! % 2 === 1) {
        const s = starts[left]!;
        const e = starts[x + 1]!;
        out.push(s, e, this.dict.tagIdOf(text, s, e));
        left = x + 1;
      }
    }
    // the last state is E or S, so every character is covered
  }

  private rowOfAt(text: string, i: number): number {
    const c = text.charCodeAt(i);
    if (isHigh(c) && isLow(text.charCodeAt(i + 1))) return this.astral.get(text.codePointAt(i)!) ?? 0;
    return this.rowOf[c]!;
  }
}

// cppjieba's rules for an ASCII character inside an HMM run.
function asciiWordEnd(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (isLetter(c)) {
    i++;
    while (i < to && (isLetter(text.charCodeAt(i)) || isDigit(text.charCodeAt(i)))) i++;
    return i;
  }
  if (isDigit(c)) {
    i++;
    while (i < to && (isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2e)) i++;
    return i;
  }
  return i + 1;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
