import type { Quantity, StatementKind } from '../../core/types.js';
import type { TimeExpression } from '../../time/index.js';
import type { SentenceScan } from '../sentenceScan.js';
import type { Words } from '../words.js';

/** Everything a kind rule may look at for one quantity; token indices refer to `words`. */
export interface KindContext {
  readonly text: string;
  readonly words: Words;
  readonly quantity: Quantity;
  readonly scan: SentenceScan;
  /** The quantity covers tokens [qStart, qEnd); its clause is [clauseStart, clauseEnd). */
  readonly qStart: number;
  readonly qEnd: number;
  readonly clauseStart: number;
  readonly clauseEnd: number;
  /** The metric found for the quantity (before kind is known). */
  readonly metric: string;
  readonly times: readonly TimeExpression[];
  /** The article's year, when known. */
  readonly docYear: number | undefined;
  /** In a work report, what the paragraph does: review (facts) or plan (targets). */
  readonly section: 'review' | 'plan' | null;
}

/** The span of the word that decided a kind. */
export interface CueHit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** What a rule decided. */
export interface KindDecision {
  readonly kind: StatementKind;
  readonly cue: CueHit | null;
}

/**
 * One rule of kind: it looks at one concern and either decides or passes (null). Rules run in
 * a fixed order; the first decision wins and its `id` becomes the statement's `basis`.
 */
export interface KindRule {
  readonly id: string;
  decide(c: KindContext): KindDecision | null;
}

/** The cue hit of token `k`. */
export function hit(words: Words, k: number): CueHit {
  return { start: words.start(k), end: words.end(k), text: words.word(k) };
}
