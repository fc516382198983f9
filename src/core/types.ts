/**
 * Shared result types. Every mention carries a half-open `[start, end)` span in UTF-16 code
 * units of the caller's ORIGINAL text, and `text === original.slice(start, end)`.
 */

/** A half-open `[start, end)` range in UTF-16 code units of the original input. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span together with the text it covers (`text === input.slice(start, end)`). */
export interface TextSpan extends Span {
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

/** A quantity mention: a number with its unit and the bound words written right against it. */
export interface Quantity extends TextSpan {
  /** The value in base units (`1.8亿元` → 180000000); null only for a range. */
  readonly value: number | null;
  /** Lower bound of a range, else null. */
  readonly min: number | null;
  /** Upper bound of a range, else null. */
  readonly max: number | null;
  /** Canonical unit: ISO 4217 code, `%`, `pp`, `‰`, `rank`, `倍`, or a Chinese unit word; `''` for a bare count. */
  readonly unit: string;
  /** The unit exactly as written (`亿元`, `个百分点`, `万吨`), `''` when none. */
  readonly unitText: string;
  /** The bound the words around the number put on it. */
  readonly comparator: Comparator;
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

/** Top-level entity type. */
export type EntityType = 'enterprise' | 'institution';

/** Entity subtype; open so user dictionaries may add their own. */
export type EntitySubtype =
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
  | (string & {});

/** A named enterprise or institution. */
export interface Entity extends TextSpan {
  readonly type: EntityType;
  readonly subtype: EntitySubtype;
  /** The canonical (full, official) name: `建设银行` → `中国建设银行股份有限公司`. */
  readonly canonical: string;
  /** How the mention was found. */
  readonly source: 'dictionary' | 'rule' | 'alias';
  /** Dictionary id, when the entry has one. */
  readonly id?: string;
}

/** The kind of a numeric statement. */
export type StatementKind = 'target' | 'fact' | 'forecast' | 'capacity';

/** The time a statement is about. */
export interface Horizon {
  readonly text: string;
  readonly from?: number;
  readonly to?: number;
}

/** A word that decided part of a statement: its kind (力争, 预计, 年产) or its change (增长). */
export interface Cue extends TextSpan {
  readonly role: 'kind' | 'change';
}

/**
 * A numeric statement: the public fields of the numeric-statements spec, plus the cue words
 * that decided its kind and change, and where the kind came from.
 */
export interface Statement extends TextSpan {
  readonly kind: StatementKind;
  readonly comparator: Comparator;
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly unit: string;
  readonly change: Change;
  readonly metric: string;
  readonly subject: string | null;
  readonly horizon: Horizon | null;
  /** The cue words behind `kind` and `change`, with their spans. */
  readonly cues: readonly Cue[];
  /** Why the kind is what it is: a cue word, the report section, or the default (fact). */
  readonly basis: 'cue' | 'section' | 'default';
}

/** Options for one `analyze()` call. */
export interface AnalyzeOptions {
  /** The article date (`YYYY-MM-DD` or `YYYY`), used to resolve 今年/去年. */
  readonly date?: string;
  /** A caller-chosen document id, echoed in the result. */
  readonly id?: string;
}

/** The analysis of one document. */
export interface Analysis {
  readonly id?: string;
  readonly date?: string;
  /** The caller's original text, unchanged. */
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly entities: readonly Entity[];
  readonly quantities: readonly Quantity[];
  readonly statements: readonly Statement[];
}
