import { expect } from 'vitest';
import type { Analysis } from '../../src/core/types.js';

/** Asserts the offsets contract on every item of an analysis: in bounds and `text === input.slice(start, end)`. */
export function expectSpansValid(input: string, doc: Analysis): void {
  const groups = { sentences: doc.sentences, tokens: doc.tokens, entities: doc.entities, quantities: doc.quantities, statements: doc.statements };
  for (const [name, items] of Object.entries(groups)) {
    for (const item of items) {
      const where = `${name} [${item.start}, ${item.end})`;
      expect(Number.isInteger(item.start) && Number.isInteger(item.end), where).toBe(true);
      expect(item.start >= 0 && item.start < item.end && item.end <= input.length, where).toBe(true);
      expect(input.slice(item.start, item.end), where).toBe(item.text);
    }
  }
  // Nested spans: a quantity's numeral lies inside it; a horizon written in the text is its text.
  for (const q of doc.quantities) {
    expect(q.start <= q.numeral.start && q.numeral.end <= q.end, `numeral of ${q.text}`).toBe(true);
    expect(input.slice(q.numeral.start, q.numeral.end)).toBe(q.numeral.text);
  }
  for (const s of doc.statements) {
    const h = s.horizon;
    if (h && h.start !== undefined && h.end !== undefined) {
      expect(Number.isInteger(h.start) && h.start >= 0 && h.start < h.end && h.end <= input.length, `horizon of ${s.text}`).toBe(true);
      expect(input.slice(h.start, h.end), `horizon of ${s.text}`).toBe(h.text);
    }
    for (const c of s.cues) expect(input.slice(c.start, c.end), `cue of ${s.text}`).toBe(c.text);
  }
  for (let i = 1; i < doc.tokens.length; i++) {
    expect(doc.tokens[i]!.start, 'tokens are ordered and disjoint').toBeGreaterThanOrEqual(doc.tokens[i - 1]!.end);
  }
}
