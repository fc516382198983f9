/**
 * How far the analysis of a text converted to traditional characters agrees with the analysis of
 * the simplified original (issue #19). Conversion by opencc-js keeps every character in place, so
 * spans compare directly. An item is a statement (start, end, kind, comparator, value, unit) or an
 * entity span; agreement is the shared items over all items found in either (misses and extras
 * both count against it).
 */
import type { Analysis } from '../src/core/types.js';

/** Items of one side missing from the other, as readable keys. */
export interface Agreement {
  /** Items found in either analysis (multiset union). */
  readonly items: number;
  /** Items found in both. */
  readonly same: number;
  /** Found in the simplified original only. */
  readonly missing: readonly string[];
  /** Found in the traditional conversion only. */
  readonly extra: readonly string[];
}

/** The comparable items of an analysis, as keys. */
export function itemKeys(doc: Analysis): string[] {
  const keys: string[] = [];
  for (const s of doc.statements) keys.push(`statement ${s.start}-${s.end} ${s.kind} ${s.comparator} ${s.value ?? `${s.min}..${s.max}`} ${s.unit} «${s.text}»`);
  for (const e of doc.entities) keys.push(`entity ${e.start}-${e.end} «${e.text}»`);
  return keys;
}

/**
 * Compares the analysis of the simplified original with that of its traditional conversion.
 * Keys carry each side's own text, so spans are compared by offsets with the text left out.
 */
export function agreement(simplified: Analysis, traditional: Analysis): Agreement {
  const strip = (k: string): string => k.replace(/ «.*»$/, '');
  const left = new Map<string, string[]>();
  for (const k of itemKeys(simplified)) left.set(strip(k), [...(left.get(strip(k)) ?? []), k]);
  let same = 0;
  const extra: string[] = [];
  for (const k of itemKeys(traditional)) {
    const pool = left.get(strip(k));
    if (pool !== undefined && pool.length > 0) {
      pool.pop();
      same++;
    } else extra.push(k);
  }
  const missing = [...left.values()].flat();
  return { items: same + missing.length + extra.length, same, missing, extra };
}
