/**
 * The learned organisation recogniser: a character-level averaged perceptron over hashed
 * features (see `features.ts`), decoded with Viterbi under a begin/inside constraint, so every
 * answer is a well-formed set of spans. Weights are trained by `scripts/train-orgs.ts` and ship
 * as `dict/model/orgs.bin`.
 */
import type { EntityType } from '../../core/types.js';
import { FEATURES_PER_CHAR, LABELS } from './features.js';

export { LABELS };

/** Weights of the recogniser. */
export interface OrgModel {
  /** log2 of the number of feature buckets. */
  readonly bits: number;
  /** `weights[bucket * LABELS + label] * scale` (int16 as shipped: a fifth of the memory traffic). */
  readonly weights: Float32Array | Int16Array;
  readonly scale: number;
  /** `transitions[prev * LABELS + label]`; `LABELS * LABELS` entries. */
  readonly transitions: Float32Array;
  /** Score of each label on the first character. */
  readonly start: Float32Array;
}

/** A span the recogniser found. */
export interface LearnedSpan {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
}

/** True when `label` may follow `prev` (an inside label only continues its own begin or inside). */
export function allowed(prev: number, label: number): boolean {
  if (label === 2) return prev === 1 || prev === 2;
  if (label === 4) return prev === 3 || prev === 4;
  return true;
}

/** The gold label sequence of spans over `n` characters (for training). */
export function labelsOf(spans: readonly LearnedSpan[], n: number): Uint8Array {
  const y = new Uint8Array(n);
  for (const s of spans) {
    const b = s.type === 'enterprise' ? 1 : 3;
    for (let i = s.start; i < s.end && i < n; i++) y[i] = i === s.start ? b : b + 1;
  }
  return y;
}

/**
 * The spans of a label sequence, `offset` added to their offsets (the labels of a window), appended to `out`.
 *
 * @example
 * spansOf([0, 3, 4, 0], 4, 10) //=> [{ start: 11, end: 13, type: 'institution' }]
 */
export function spansOf(y: ArrayLike<number>, n: number, offset = 0, out: LearnedSpan[] = []): LearnedSpan[] {
  for (let i = 0; i < n; ) {
    const l = y[i] as number;
    if (l === 1 || l === 3) {
      let j = i + 1;
      while (j < n && y[j] === l + 1) j++;
      out.push({ start: i + offset, end: j + offset, type: l === 1 ? 'enterprise' : 'institution' });
      i = j;
    } else i++;
  }
  return out;
}

/**
 * Best label sequence for `n` characters whose feature rows are `rows` (Viterbi). With `text`,
 * white space and line breaks are always outside: a name never spans a layout break (the rows
 * are of `text` from `offset` on). The labels go into `out` when it is long enough (its first `n`
 * entries), else into a new array. `sums`: the emission sums `extractFeatures` made with the
 * rows (see `EmissionSums`), read instead of the weights.
 *
 * @example
 * spansOf(decode(model, extractFeatures(input, model.bits), text.length), text.length)
 */
export function decode(model: OrgModel, rows: Int32Array, n: number, text?: string, offset = 0, out?: Uint8Array, sums?: Float64Array): Uint8Array {
  const L = LABELS;
  const F = FEATURES_PER_CHAR;
  const w = model.weights;
  const k = model.scale;
  if (backTable.length < n * L) backTable = new Uint8Array(Math.max(n * L, backTable.length * 2));
  // a local, not the module's table: the loop below is the recogniser's hot path
  const back = backTable;
  // The Viterbi step written out for the five labels: an inside label (2, 4) continues only its
  // own begin or inside, so it compares two predecessors, not five (every transition read here
  // is an allowed one; the disallowed ones never win and are not read).
  const t = model.transitions;
  const t00 = t[0] as number, t01 = t[1] as number, t03 = t[3] as number;
  const t10 = t[5] as number, t11 = t[6] as number, t12 = t[7] as number, t13 = t[8] as number;
  const t20 = t[10] as number, t21 = t[11] as number, t22 = t[12] as number, t23 = t[13] as number;
  const t30 = t[15] as number, t31 = t[16] as number, t33 = t[18] as number, t34 = t[19] as number;
  const t40 = t[20] as number, t41 = t[21] as number, t43 = t[23] as number, t44 = t[24] as number;
  const inside = offset > 0;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
  for (let i = 0; i < n; i++) {
    const o = i * L;
    let e0 = 0;
    let e1 = 0;
    let e2 = 0;
    let e3 = 0;
    let e4 = 0;
    if (sums !== undefined) {
      e0 = sums[o] as number;
      e1 = sums[o + 1] as number;
      e2 = sums[o + 2] as number;
      e3 = sums[o + 3] as number;
      e4 = sums[o + 4] as number;
    } else {
      for (let r = i * F, end = r + F; r < end; r++) {
        const b = (rows[r] as number) * L;
        e0 += w[b] as number;
        e1 += w[b + 1] as number;
        e2 += w[b + 2] as number;
        e3 += w[b + 3] as number;
        e4 += w[b + 4] as number;
      }
    }
    e0 *= k;
    e1 *= k;
    e2 *= k;
    e3 *= k;
    e4 *= k;
    if (text !== undefined && isSpace(text.charCodeAt(offset + i))) e1 = e2 = e3 = e4 = -1e30;
    if (i === 0) {
      // a window inside the text follows a character outside any name (its window has one of
      // context); the text's first character has the start scores
      const st = model.start;
      s0 = e0 + (inside ? t00 : (st[0] as number));
      s1 = e1 + (inside ? t01 : (st[1] as number));
      s2 = -1e30;
      s3 = e3 + (inside ? t03 : (st[3] as number));
      s4 = -1e30;
      continue;
    }
    // label 0 (outside), 1 and 3 (begin): any predecessor
    let b0 = s0 + t00, a0 = 0, v: number;
    if ((v = s1 + t10) > b0) (b0 = v), (a0 = 1);
    if ((v = s2 + t20) > b0) (b0 = v), (a0 = 2);
    if ((v = s3 + t30) > b0) (b0 = v), (a0 = 3);
    if ((v = s4 + t40) > b0) (b0 = v), (a0 = 4);
    let b1 = s0 + t01, a1 = 0;
    if ((v = s1 + t11) > b1) (b1 = v), (a1 = 1);
    if ((v = s2 + t21) > b1) (b1 = v), (a1 = 2);
    if ((v = s3 + t31) > b1) (b1 = v), (a1 = 3);
    if ((v = s4 + t41) > b1) (b1 = v), (a1 = 4);
    let b3 = s0 + t03, a3 = 0;
    if ((v = s1 + t13) > b3) (b3 = v), (a3 = 1);
    if ((v = s2 + t23) > b3) (b3 = v), (a3 = 2);
    if ((v = s3 + t33) > b3) (b3 = v), (a3 = 3);
    if ((v = s4 + t43) > b3) (b3 = v), (a3 = 4);
    // label 2 (inside an enterprise) after 1 or 2, label 4 after 3 or 4
    let b2 = s1 + t12, a2 = 1;
    if ((v = s2 + t22) > b2) (b2 = v), (a2 = 2);
    let b4 = s3 + t34, a4 = 3;
    if ((v = s4 + t44) > b4) (b4 = v), (a4 = 4);
    back[o] = a0;
    back[o + 1] = a1;
    back[o + 2] = a2;
    back[o + 3] = a3;
    back[o + 4] = a4;
    s0 = b0 + e0;
    s1 = b1 + e1;
    s2 = b2 + e2;
    s3 = b3 + e3;
    s4 = b4 + e4;
  }
  const y = out !== undefined && out.length >= n ? out : new Uint8Array(n);
  if (n === 0) return y;
  // likewise a window that ends inside the text goes on outside any name
  const after = text !== undefined && offset + n < text.length;
  const f0 = s0 + (after ? t00 : 0);
  const f1 = s1 + (after ? t10 : 0);
  const f2 = s2 + (after ? t20 : 0);
  const f3 = s3 + (after ? t30 : 0);
  const f4 = s4 + (after ? t40 : 0);
  let bestL = 0;
  let best = f0;
  if (f1 > best) (best = f1), (bestL = 1);
  if (f2 > best) (best = f2), (bestL = 2);
  if (f3 > best) (best = f3), (bestL = 3);
  if (f4 > best) (best = f4), (bestL = 4);
  for (let i = n - 1; i >= 0; i--) {
    y[i] = bestL;
    bestL = back[i * L + bestL] as number;
  }
  return y;
}

// Viterbi tables, reused between calls (decoding is synchronous)
let backTable = new Uint8Array(0);

function isSpace(c: number): boolean {
  return c <= 0x20 || c === 0x3000 || c === 0xa0;
}

const MAGIC = 'ZHNORG\u0001\u0000';

/**
 * Serialises weights: magic, bits, scale, transitions and start (float32), then the bucket
 * weights quantised to int16 (`round(w / scale)`).
 *
 * @example
 * decodeModel(encodeModel(model)).bits === model.bits //=> true
 */
export function encodeModel(model: OrgModel): Uint8Array {
  let max = 0;
  for (const v of model.weights) if (Math.abs(v * model.scale) > max) max = Math.abs(v * model.scale);
  const scale = max > 0 ? max / 32767 : 1;
  const head = 8 + 4 + 4 + 4 * (LABELS * LABELS + LABELS);
  const buf = new ArrayBuffer(head + model.weights.length * 2);
  const bytes = new Uint8Array(buf);
  for (let i = 0; i < 8; i++) bytes[i] = MAGIC.charCodeAt(i);
  const dv = new DataView(buf);
  dv.setUint32(8, model.bits, true);
  dv.setFloat32(12, scale, true);
  let o = 16;
  for (const v of model.transitions) (dv.setFloat32(o, v, true), (o += 4));
  for (const v of model.start) (dv.setFloat32(o, v, true), (o += 4));
  for (const v of model.weights) (dv.setInt16(o, Math.round((v * model.scale) / scale), true), (o += 2));
  return bytes;
}

/** Reads weights written by {@link encodeModel}; throws on a file of another format. */
export function decodeModel(bytes: Uint8Array): OrgModel {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < 8; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) throw new Error('zhnews: not an organisation model file');
  const bits = dv.getUint32(8, true);
  const scale = dv.getFloat32(12, true);
  const size = (1 << bits) * LABELS;
  let o = 16;
  if (bits < 8 || bits > 24 || bytes.byteLength !== o + 4 * (LABELS * LABELS + LABELS) + size * 2) throw new Error('zhnews: truncated organisation model file');
  const transitions = new Float32Array(LABELS * LABELS);
  for (let i = 0; i < transitions.length; i++) (transitions[i] = dv.getFloat32(o, true), (o += 4));
  const start = new Float32Array(LABELS);
  for (let i = 0; i < LABELS; i++) (start[i] = dv.getFloat32(o, true), (o += 4));
  const weights = new Int16Array(size);
  for (let i = 0; i < size; i++) (weights[i] = dv.getInt16(o, true), (o += 2));
  return { bits, weights, scale, transitions, start };
}
