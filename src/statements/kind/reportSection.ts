import type { KindRule } from './types.js';

/** In a government work report the section decides: the review holds facts, the plan holds targets. */
export const reportSection: KindRule = {
  id: 'section',
  decide(c) {
    return c.section ? { kind: c.section === 'plan' ? 'target' : 'fact', cue: null } : null;
  },
};
