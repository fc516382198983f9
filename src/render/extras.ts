/**
 * Optional statement fields beyond the numeric-statements spec (the cue words behind a
 * statement's kind and change, and the basis of its kind). They are read defensively, so the
 * renderer works with analyses that carry them and with those that do not.
 */
import type { Statement } from '../core/types.js';

/** A cue word with its span and what it decided. */
export interface CueSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly role?: string;
}

interface StatementExtras {
  readonly cues?: unknown;
  readonly basis?: unknown;
}

function isCue(value: unknown): value is CueSpan {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return typeof c['start'] === 'number' && typeof c['end'] === 'number' && typeof c['text'] === 'string' && (c['role'] === undefined || typeof c['role'] === 'string');
}

/**
 * The statement's cue words, or `[]` when it has none (or the analysis predates them).
 *
 * @example
 * statementCues({ ...statement, cues: [{ start: 3, end: 5, text: '力争', role: 'kind' }] })[0].text //=> '力争'
 */
export function statementCues(statement: Statement): readonly CueSpan[] {
  const { cues } = statement as StatementExtras;
  return Array.isArray(cues) ? cues.filter(isCue) : [];
}

/**
 * Why the statement has its kind (`cue`, `section`, `default`), or null when not given.
 *
 * @example
 * statementBasis({ ...statement, basis: 'section' }) //=> 'section'
 */
export function statementBasis(statement: Statement): string | null {
  const { basis } = statement as StatementExtras;
  return typeof basis === 'string' ? basis : null;
}
