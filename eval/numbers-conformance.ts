/**
 * Conformance of `zhnews/numbers` with peers' test suites: Microsoft Recognizers-Text's
 * Chinese specs (MIT) and cn2an's tests (MIT). Shared by `eval/numbers.eval.ts` (reading
 * ../shared) and `test/numbers/conformance.test.ts` (reading the copies in fixtures/numbers).
 *
 * How their results map to ours:
 * - A case whose single expected result covers the whole input is a numeral string: it
 *   passes when `parseNumber(input)` (or the extracted quantity) has the expected value.
 * - Otherwise every expected result must be matched by a distinct extracted quantity whose
 *   span overlaps it and whose value agrees, and no extracted quantity may lie outside all
 *   expected results. A case expecting nothing passes when nothing is extracted.
 * - Percent values compare as %; our ‰ is divided by 10 and `pp` counts as %. A plain
 *   number may match our % value divided by 100 (三分之一 is 33.3 % for us, 0.333 for them).
 * - Ranges: the quantities over the expected span are turned into an interval (gt → (v,),
 *   lte → (,v], range → [min,max]) and compared with the expected interval; inclusivity
 *   counts for one-sided bounds only.
 * - Currency needs the same ISO code when the case gives one (a unit price such as HKD/股
 *   counts in the currency before the slash); dimension, age and
 *   temperature need a unit and the value.
 * Cases listed in the exceptions file (input + reason) are reported apart and left out of
 * the rate: they are places where our spec deliberately reads the text differently.
 */
import { extractQuantities, parseNumber } from '../src/numbers/index.js';
import type { Quantity } from '../src/numbers/index.js';
import { unitKindOf } from '../src/numbers/units.js';

/** One Recognizers-Text case. */
export interface RecognizersCase {
  readonly Input: string;
  readonly NotSupported?: string;
  readonly Results: readonly {
    readonly Text: string;
    readonly TypeName?: string;
    readonly Resolution?: { readonly value?: string | null; readonly isoCurrency?: string; readonly unit?: string } | null;
    readonly Start: number;
    readonly End: number;
  }[];
}

/** One cn2an case. */
export interface Cn2anCase {
  readonly input: string;
  readonly expected: number | string;
  readonly func: string;
  readonly mode: string;
  readonly note?: string;
}

/** A reviewed case where our spec differs on purpose. */
export interface ConformanceException {
  readonly file: string;
  readonly input: string;
  readonly reason: string;
}

/** Which Recognizers model a file tests. */
export type ModelKind = 'number' | 'percent' | 'ordinal' | 'range' | 'currency' | 'dimension' | 'age' | 'temperature';

/** The Recognizers files we run, relative to the recognizers-text-zh folder. */
export const RECOGNIZERS_FILES: readonly { readonly file: string; readonly kind: ModelKind; readonly target?: number }[] = [
  { file: 'Number/NumberModel.json', kind: 'number', target: 0.95 },
  { file: 'Number/PercentModel.json', kind: 'percent', target: 0.95 },
  { file: 'Number/OrdinalModel.json', kind: 'ordinal' },
  { file: 'Number/NumberRangeModel.json', kind: 'range', target: 0.9 },
  { file: 'Number/NumberRangeModelExperimentalMode.json', kind: 'range' },
  { file: 'NumberWithUnit/CurrencyModel.json', kind: 'currency', target: 0.9 },
  { file: 'NumberWithUnit/DimensionModel.json', kind: 'dimension', target: 0.8 },
  { file: 'NumberWithUnit/AgeModel.json', kind: 'age' },
  { file: 'NumberWithUnit/TemperatureModel.json', kind: 'temperature' },
];

/** Pass counts of one file. */
export interface FileResult {
  readonly file: string;
  readonly total: number;
  readonly excepted: number;
  readonly passed: number;
  /** passed / (total − excepted). */
  readonly rate: number;
  readonly failures: readonly string[];
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function overlaps(q: Quantity, start: number, end: number): boolean {
  return q.start < end && start < q.end;
}

/** Numbers a quantity may stand for, in the peer's terms. */
function candidates(q: Quantity, kind: ModelKind): number[] {
  const vals = [q.value, q.min, q.max].filter((v): v is number => v !== null);
  if (kind === 'percent') {
    if (q.unit === '‰') return vals.map((v) => v / 10);
    if (q.unit === '%' || q.unit === 'pp') return vals;
    return [];
  }
  if (q.unit === '%') return [...vals, ...vals.map((v) => v / 100)];
  return vals;
}

const AGE_UNITS = new Set(['岁', '周岁', '月', '周', '日', '年', '星期']);
const TEMPERATURE_UNITS = new Set(['度', '℃', '℉', '摄氏度', '华氏度']);

/**
 * Whether a quantity is of the kind a model reports. A unit model (currency, dimension…)
 * says nothing about other quantities, so only quantities of its own kind count as extra.
 */
function relevant(q: Quantity, kind: ModelKind): boolean {
  switch (kind) {
    case 'number':
      return true;
    case 'percent':
      return q.unit === '%' || q.unit === 'pp' || q.unit === '‰';
    case 'ordinal':
      return q.unit === 'rank';
    case 'range':
      return q.comparator !== 'eq';
    case 'currency':
      return unitKindOf(q.unit.split('/')[0] ?? '') === 'currency' || /^[A-Z]{3}(\/|$)/.test(q.unit);
    case 'dimension':
      return unitKindOf(q.unit.split('/')[0] ?? '') === 'measure';
    case 'age':
      return AGE_UNITS.has(q.unit);
    case 'temperature':
      return TEMPERATURE_UNITS.has(q.unit);
  }
}

function expectedNumber(v: string | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  const n = Number(v.replace(/%$/, ''));
  return Number.isFinite(n) ? n : null;
}

interface Interval {
  lo: number;
  hi: number;
  loIn: boolean;
  hiIn: boolean;
}

function parseInterval(v: string): Interval | null {
  const m = /^([[(])([^,]*),([^\])]*)([\])])$/.exec(v.trim());
  if (!m) return null;
  const lo = m[2] === '' ? -Infinity : Number(m[2]);
  const hi = m[3] === '' ? Infinity : Number(m[3]);
  return { lo, hi, loIn: m[1] === '[', hiIn: m[4] === ']' };
}

function intervalOf(q: Quantity): Interval | null {
  const v = q.value;
  switch (q.comparator) {
    case 'range':
      return q.min === null || q.max === null ? null : { lo: q.min, hi: q.max, loIn: true, hiIn: true };
    case 'gt':
      return v === null ? null : { lo: v, hi: Infinity, loIn: false, hiIn: false };
    case 'gte':
      return v === null ? null : { lo: v, hi: Infinity, loIn: true, hiIn: false };
    case 'lt':
      return v === null ? null : { lo: -Infinity, hi: v, loIn: false, hiIn: false };
    case 'lte':
      return v === null ? null : { lo: -Infinity, hi: v, loIn: false, hiIn: true };
    default:
      return v === null ? null : { lo: v, hi: v, loIn: true, hiIn: true };
  }
}

function scaleInterval(x: Interval, f: number): Interval {
  return { ...x, lo: x.lo * f, hi: x.hi * f };
}

function sameInterval(ours: Interval, theirs: Interval, twoSidedRange: boolean): boolean {
  const loOk = (ours.lo === -Infinity && theirs.lo === -Infinity) || close(ours.lo, theirs.lo);
  const hiOk = (ours.hi === Infinity && theirs.hi === Infinity) || close(ours.hi, theirs.hi);
  if (!loOk || !hiOk) return false;
  if (twoSidedRange) return true;
  const loInOk = ours.lo === -Infinity || ours.loIn === theirs.loIn;
  const hiInOk = ours.hi === Infinity || ours.hiIn === theirs.hiIn;
  return loInOk && hiInOk;
}

function wholeInput(c: RecognizersCase): boolean {
  const r = c.Results[0];
  if (c.Results.length !== 1 || !r) return false;
  const trimmed = c.Input.replace(/\s+$/, '');
  return r.Start === 0 && r.End === trimmed.length - 1;
}

/** Decides one Recognizers case. */
export function checkRecognizersCase(kind: ModelKind, c: RecognizersCase): boolean {
  const all = extractQuantities(c.Input);
  const qs = all.filter((q) => relevant(q, kind));
  if (c.Results.length === 0) return qs.length === 0;
  if (kind === 'range') return checkRange(c, all);
  if (wholeInput(c) && (kind === 'number' || kind === 'ordinal' || kind === 'percent')) {
    const want = expectedNumber(c.Results[0]?.Resolution?.value);
    if (want === null) return false;
    let got = parseNumber(c.Input);
    if (got !== null && kind === 'percent' && /千分之|仟分之|‰/.test(c.Input)) got /= 10;
    if (got !== null && close(got, want)) return true;
  }
  const used = new Set<number>();
  for (const r of c.Results) {
    const want = expectedNumber(r.Resolution?.value);
    const iso = r.Resolution?.isoCurrency;
    // Their kilo/mega units (6 Kilobyte) are our base units with the magnitude (六千字节).
    const unitName = r.Resolution?.unit ?? '';
    const scale = /^Kilo/.test(unitName) ? 1e3 : /^Mega/.test(unitName) ? 1e6 : 1;
    const end = r.Start + r.Text.length;
    const k = qs.findIndex((q, idx) => {
      if (used.has(idx) || !overlaps(q, r.Start, Math.max(end, r.End + 1))) return false;
      if (want === null) return false;
      if (!candidates(q, kind).some((v) => close(v, want) || close(v, want * scale))) return false;
      // A price per unit (HKD/股, CNY/吨) is in the currency before the slash.
      if (kind === 'currency' && iso !== undefined && (q.unit.split('/')[0] ?? '') !== iso) return false;
      if ((kind === 'dimension' || kind === 'age' || kind === 'temperature') && q.unit === '') return false;
      return true;
    });
    if (k < 0) return false;
    used.add(k);
  }
  return qs.every((q, idx) => used.has(idx) || c.Results.some((r) => overlaps(q, r.Start, r.End + 1)));
}

function checkRange(c: RecognizersCase, qs: readonly Quantity[]): boolean {
  const used = new Set<number>();
  for (const r of c.Results) {
    const want = parseInterval(String(r.Resolution?.value ?? ''));
    if (!want) return false;
    const mine = qs.map((q, idx) => ({ q, idx })).filter(({ q }) => overlaps(q, r.Start, r.End + 1));
    if (mine.length === 0) return false;
    let iv: Interval = { lo: -Infinity, hi: Infinity, loIn: false, hiIn: false };
    let twoSided = false;
    for (const { q, idx } of mine) {
      used.add(idx);
      // A fraction (四分之一) is a share in % for us, a plain number for them.
      const x0 = intervalOf(q);
      const x = x0 && q.unit === '%' && q.unitText === '' ? scaleInterval(x0, 0.01) : x0;
      if (!x) return false;
      if (q.comparator === 'range') twoSided = true;
      if (x.lo > iv.lo || (x.lo === iv.lo && !x.loIn)) iv = { ...iv, lo: x.lo, loIn: x.loIn };
      if (x.hi < iv.hi || (x.hi === iv.hi && !x.hiIn)) iv = { ...iv, hi: x.hi, hiIn: x.hiIn };
    }
    if (!sameInterval(iv, want, twoSided)) return false;
  }
  // Plain numbers beside a range are not the range model's business.
  return qs.every((q, idx) => used.has(idx) || q.comparator === 'eq');
}

/** Runs one Recognizers file. */
export function runRecognizers(
  file: string,
  kind: ModelKind,
  cases: readonly RecognizersCase[],
  exceptions: readonly ConformanceException[],
): FileResult {
  const skip = new Set(exceptions.filter((e) => e.file === file).map((e) => e.input));
  let passed = 0;
  let excepted = 0;
  const failures: string[] = [];
  for (const c of cases) {
    if (skip.has(c.Input)) {
      excepted++;
      continue;
    }
    if (checkRecognizersCase(kind, c)) passed++;
    else failures.push(c.Input);
  }
  const counted = cases.length - excepted;
  return { file, total: cases.length, excepted, passed, rate: counted === 0 ? 1 : passed / counted, failures };
}

/** True when a cn2an case applies to us (see the module comment); an2cn and direct transforms do not. */
export function cn2anApplies(c: Cn2anCase, all: readonly Cn2anCase[]): boolean {
  if (c.func === 'cn2an') {
    // Strict mode rejects what normal mode reads (一一 → 11); we read like normal/smart mode.
    if (c.expected === 'ValueError') return !all.some((o) => o.input === c.input && o.expected !== 'ValueError');
    return true;
  }
  return c.func === 'transform' && c.mode === 'cn2an';
}

/** Decides one applicable cn2an case. */
export function checkCn2anCase(c: Cn2anCase): boolean {
  if (c.func === 'cn2an') {
    const got = parseNumber(c.input);
    if (c.expected === 'ValueError') return got === null;
    const want = typeof c.expected === 'number' ? c.expected : Number(c.expected);
    return got !== null && close(got, want);
  }
  // transform: the numbers written in Arabic in the expected sentence, in order.
  const want = [...String(c.expected).matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => ({ v: Number(m[0]) }));
  const got = extractQuantities(c.input).flatMap((q) => [q.value, q.min, q.max].filter((v): v is number => v !== null));
  if (got.length !== want.length) return false;
  return want.every((w, k) => close(w.v, got[k] ?? NaN));
}

/** Runs the cn2an cases that apply. */
export function runCn2an(cases: readonly Cn2anCase[]): FileResult {
  const applicable = cases.filter((c) => cn2anApplies(c, cases));
  const failures = applicable.filter((c) => !checkCn2anCase(c)).map((c) => `${c.func}/${c.mode} ${c.input}`);
  const passed = applicable.length - failures.length;
  return {
    file: 'cn2an/cn2an_cases.json',
    total: applicable.length,
    excepted: 0,
    passed,
    rate: applicable.length === 0 ? 1 : passed / applicable.length,
    failures,
  };
}

/** Parses a JSON file's text, dropping a UTF-8 BOM. */
export function parseJson<T>(text: string): T {
  return JSON.parse(text.replace(/^\uFEFF/, '')) as T;
}
