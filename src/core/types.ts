/**
 * Shared result types. Every mention carries a half-open `[start, end)` span in UTF-16 code
 * units of the caller's ORIGINAL text, and `text === original.slice(start, end)`.
 */

/** A half-open `[start, end)` range in UTF-16 code units of the original input. */
export interface Span {
  /** Offset of the first UTF-16 code unit, in the caller's original text. */
  readonly start: number;
  /** Offset just past the last UTF-16 code unit (half-open: `end` is not included). */
  readonly end: number;
}

/** A span together with the text it covers (`text === input.slice(start, end)`). */
export interface TextSpan extends Span {
  /** The original characters: always `input.slice(start, end)`, whatever normalisation happened inside. */
  readonly text: string;
}

/** One sentence (or headline line) of the input. */
export interface Sentence extends TextSpan {
  /** Zero-based index of the paragraph the sentence stands in. */
  readonly paragraph: number;
  /** True for a line without closing punctuation (a headline, a section heading). */
  readonly heading: boolean;
}

/** One word token from the segmenter, with its part-of-speech tag (jieba's ICTCLAS-style tags). */
export interface Token extends TextSpan {
  /** Part-of-speech tag from jieba's dictionary (`n`, `v`, `m`, `ns`…; `x` for punctuation and unknown words). */
  readonly pos: string;
}

/** How the wording bounds a value (see the numeric-statements spec). */
export type Comparator = 'eq' | 'gte' | 'gt' | 'lte' | 'lt' | 'approx' | 'range';

/** Direction of a change *by* an amount, or null for a level. */
export type Change = 'increase' | 'decrease' | null;

/**
 * What a quantity's unit measures, as numbers read it: money (`currency`), shares (`percent`,
 * `pp`, `permille`), multiples (`times`), spans of time (`duration`: 3年, 6个月, 20天), physical
 * measures (`measure`: 吨, 平方米), counted things (`count`: 家, 个, 项), places in a ranking
 * (`rank`), or `none` for a bare number.
 */
export type UnitKind = 'currency' | 'percent' | 'pp' | 'permille' | 'times' | 'duration' | 'measure' | 'count' | 'rank' | 'none';

/**
 * A single value with its bound: exactly `value` (`eq`), at least (`gte`), more than (`gt`), at
 * most (`lte`), less than (`lt`) or about (`approx`). `min` and `max` are null.
 */
export interface SingleValue {
  /** How the wording bounds the value: every comparator but `range`. */
  readonly comparator: Exclude<Comparator, 'range'>;
  /**
   * The value in base units (`1.8亿元` → 180000000, `95%` → 95). A double: integers beyond
   * 2^53 − 1 (16+ digits) are rounded to 12 significant digits; the exact digits are in `text`.
   */
  readonly value: number;
  /** Always null for a single value. */
  readonly min: null;
  /** Always null for a single value. */
  readonly max: null;
}

/** A range (`3至5年`, `1.5亿至2亿元`): `min` and `max` are set, `value` is null. */
export interface RangeValue {
  /** Always `range`. */
  readonly comparator: 'range';
  /** Always null for a range. */
  readonly value: null;
  /** The lower bound in base units. */
  readonly min: number;
  /** The upper bound in base units. */
  readonly max: number;
}

/**
 * The numeric part of a quantity or statement, discriminated on `comparator`: after
 * `comparator === 'range'` TypeScript knows `min` and `max` are numbers and `value` is null;
 * after any other comparator, `value` is a number.
 *
 * @example
 * function describe(v: ValueBounds): string {
 *   return v.comparator === 'range' ? `${v.min}–${v.max}` : `${v.comparator} ${v.value}`;
 * }
 */
export type ValueBounds = SingleValue | RangeValue;

/** The fields of a {@link Quantity} other than its value and bounds. */
export interface QuantityFields extends TextSpan {
  /** Canonical unit: ISO 4217 code, `%`, `pp`, `‰`, `rank`, `倍`, or a Chinese unit word; `''` for a bare count. */
  readonly unit: string;
  /** The unit exactly as written (`亿元`, `个百分点`, `万吨`), `''` when none. */
  readonly unitText: string;
  /** Set by words inside the quantity itself (`翻一番` → increase); statements add verb-governed changes. */
  readonly change: Change;
  /** What the unit measures (`亿元` → `currency`, `个月` → `duration`, `%` → `percent`). */
  readonly unitKind: UnitKind;
  /**
   * The numeral alone, without bound words, sign words or unit: in `至少1.8亿元` the span of
   * `1.8亿`; in a range `3至5年` the span of `3至5`. Same coordinates as the quantity.
   */
  readonly numeral: TextSpan;
  /** True when the unit is a span of time (3年, 6个月, 20天): it may say by when, not how much. */
  readonly duration: boolean;
  /**
   * True when the number could name a calendar date rather than an amount: a year-like numeral
   * (2025) or a day of the month written `N日` with 1 ≤ N ≤ 31 (30日 is a date in news).
   */
  readonly dateLike: boolean;
}

/**
 * A quantity mention: a number with its unit and the bound words written right against it. Its
 * value and bounds are a {@link ValueBounds}, discriminated on `comparator`.
 *
 * @example
 * import { extractQuantities } from 'zhnews/numbers';
 * const [q] = extractQuantities('压缩至55个工作日以内');
 * if (q && q.comparator !== 'range') q.value; // 55 (a number: narrowed)
 */
export type Quantity = QuantityFields & ValueBounds;

/** Top-level entity type. */
export type EntityType = 'enterprise' | 'institution';

/** The built-in entity subtypes (their labels and colours: `src/lexicon/entitySubtypes.ts`). */
export type KnownEntitySubtype =
  | 'company'
  | 'bank'
  | 'government'
  | 'party'
  | 'hospital'
  | 'university'
  | 'research'
  | 'media'
  | 'community'
  | 'association'
  | 'public'
  | 'school'
  | 'sports';

/** Entity subtype; open so user dictionaries may add their own. */
export type EntitySubtype = KnownEntitySubtype | (string & {});

/** A named enterprise or institution. */
export interface Entity extends TextSpan {
  /** `enterprise` (companies, banks) or `institution` (government, party, hospitals, universities, media…). */
  readonly type: EntityType;
  /** The finer kind: `company`, `bank`, `government`, `hospital`, `university`… or a user dictionary's own. */
  readonly subtype: EntitySubtype;
  /** The canonical (full, official) name: `建设银行` → `中国建设银行股份有限公司`. */
  readonly canonical: string;
  /** How the mention was found. */
  readonly source: 'dictionary' | 'rule' | 'alias' | 'model';
  /** Dictionary id, when the entry has one. */
  readonly id?: string;
}

/** The kind of a numeric statement. */
export type StatementKind = 'target' | 'fact' | 'forecast' | 'capacity';

/**
 * The time a statement is about. `start`/`end` locate the time words in the original text
 * (`text === input.slice(start, end)`); they are absent when the time comes from the report
 * section rather than from words written in the text.
 */
export interface Horizon {
  /** The time words as written (`今年`, `到2025年底`, `“十四五”期间`). */
  readonly text: string;
  /** Where the time words start in the original text; absent for a time from the report section. */
  readonly start?: number;
  /** Where the time words end (exclusive); `text === input.slice(start, end)`. */
  readonly end?: number;
  /** First year the statement is about, when it can be resolved (`今年` with the article date 2020 → 2020). */
  readonly from?: number;
  /** Last year the statement is about (`2021—2025年` → 2025). */
  readonly to?: number;
}

/** A word that decided part of a statement: its kind (力争, 预计, 年产) or its change (增长). */
export interface Cue extends TextSpan {
  /** What the word decided: the statement's `kind` or its `change`. */
  readonly role: 'kind' | 'change';
}

/** The fields of a {@link Statement} other than its value and bounds. */
export interface StatementFields extends TextSpan {
  /** What the number says: a `target` to reach, a `fact` reached, a `forecast`, or a `capacity`. */
  readonly kind: StatementKind;
  /** Canonical unit, as on the quantity: ISO 4217 code, `%`, `pp`, `rank`, a Chinese unit word, or `''`. */
  readonly unit: string;
  /** `increase` or `decrease` for a change *by* the amount (增长5%), null for a level (达到5%). */
  readonly change: Change;
  /** What is measured (`良品率`, `财政资金`), `''` when the sentence does not say. */
  readonly metric: string;
  /** Whose number it is (a company, a region, a project), or null when the text does not say. */
  readonly subject: string | null;
  /** The time the statement is about (`今年`, `到2025年底`), or null. */
  readonly horizon: Horizon | null;
  /** The cue words behind `kind` and `change`, with their spans. */
  readonly cues: readonly Cue[];
  /**
   * Id of the kind rule that decided `kind`: `cue` (the nearest kind word), `cue.forecast`,
   * `cue.capacity`, `cue.after-noun`, `cue.noun-after`, `cue.rule`, `cue.market-will`,
   * `cue.deadline`, `fact.starting-level`, `section` (the work-report section) or `default`
   * (no rule decided: a fact). Ids of word-based rules start with `cue`.
   */
  readonly basis: string;
}

/**
 * A numeric statement: the public fields of the numeric-statements spec, plus the cue words
 * that decided its kind and change, and where the kind came from. Its value and bounds are a
 * {@link ValueBounds}, discriminated on `comparator`.
 *
 * @example
 * import { extractStatements } from 'zhnews';
 * for (const s of extractStatements('力争到2025年良品率达到95%以上。', { date: '2024-01-20' })) {
 *   if (s.comparator === 'range') console.log(s.min, s.max);
 *   else console.log(s.kind, s.comparator, s.value); // target gte 95
 * }
 */
export type Statement = StatementFields & ValueBounds;

/** Options for one `analyze()` call. */
export interface AnalyzeOptions {
  /** The article date (`YYYY-MM-DD` or `YYYY`), used to resolve 今年/去年. */
  readonly date?: string;
  /** A caller-chosen document id, echoed in the result. */
  readonly id?: string;
  /**
   * The script of the text: `'auto'` (default) detects it; traditional text (Hong Kong, Taiwan,
   * Macau) is analysed on a simplified view and every span still points into the original.
   */
  readonly script?: 'auto' | Script;
}

/** The script a text is written in. */
export type Script = 'simplified' | 'traditional';

/** The analysis of one document. */
export interface Analysis {
  /** The caller's document id, when one was given. */
  readonly id?: string;
  /** The article date the analysis used (`YYYY-MM-DD` or `YYYY`), when one was given. */
  readonly date?: string;
  /** The caller's original text, unchanged. */
  readonly text: string;
  /**
   * The script the text was analysed as (detected, or the `script` option). `analyze()` always
   * sets it; optional so analyses built by hand (tests, stored results) stay valid.
   */
  readonly script?: Script;
  /** Sentences and headline lines, in order. */
  readonly sentences: readonly Sentence[];
  /** Word tokens with part-of-speech tags, in order; no token crosses an entity's edge. */
  readonly tokens: readonly Token[];
  /** Named enterprises and institutions, in order. */
  readonly entities: readonly Entity[];
  /** Every quantity mention, statement or not, in order. */
  readonly quantities: readonly Quantity[];
  /** Numeric statements (targets, facts, forecasts, capacities), in order. */
  readonly statements: readonly Statement[];
}
