/**
 * The kind of a statement, decided by an ordered list of small rules (one concern per file);
 * the first rule that decides wins and its id is the statement's `basis`.
 */
import type { StatementKind } from '../../core/types.js';
import { assumption } from './assumption.js';
import { capacity } from './capacity.js';
import { deadlineAhead } from './deadlineAhead.js';
import { forecastCue } from './forecastCue.js';
import { forwardCue } from './forwardCue.js';
import { kindNounAfter } from './kindNounAfter.js';
import { marketWill } from './marketWill.js';
import { nearestCue } from './nearestCue.js';
import { reportSection } from './reportSection.js';
import { speakerCount } from './speakerCount.js';
import { ruleBound } from './ruleBound.js';
import { startingLevel } from './startingLevel.js';
import type { CueHit, KindContext, KindRule } from './types.js';

export type { CueHit, KindContext, KindRule } from './types.js';

/** The rules in the order they are asked. */
export const KIND_RULES: readonly KindRule[] = [
  startingLevel,
  speakerCount,
  assumption,
  kindNounAfter,
  forecastCue,
  capacity,
  forwardCue,
  reportSection,
  ruleBound,
  marketWill,
  nearestCue,
  deadlineAhead,
];

/** Id of the fallback when no rule decides: an observed value. */
export const DEFAULT_BASIS = 'default';

/**
 * Asks the rules in order.
 *
 * @example
 * decideKind(context) //=> { kind: 'forecast', cue: { text: '预计', … }, basis: 'cue.forecast' }
 */
export function decideKind(c: KindContext): { kind: StatementKind; cue: CueHit | null; basis: string } {
  for (const rule of KIND_RULES) {
    const d = rule.decide(c);
    if (d) return { ...d, basis: rule.id };
  }
  return { kind: 'fact', cue: null, basis: DEFAULT_BASIS };
}
