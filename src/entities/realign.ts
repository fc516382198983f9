import type { Entity, Token } from '../core/types.js';

/**
 * Splits and merges tokens so that no token crosses an entity boundary: every entity becomes
 * exactly one token with POS `nt`, tokens outside entities keep their text and POS (a token cut
 * by an entity edge keeps its POS on the part left outside). Empty `tokens` stay empty.
 *
 * @example
 * realignTokens('在华为公司', [
 *   { start: 0, end: 2, text: '在华', pos: 'p' }, { start: 2, end: 5, text: '为公司', pos: 'n' },
 * ], [{ start: 1, end: 5, text: '华为公司', type: 'enterprise', subtype: 'company', canonical: '华为公司', source: 'rule' }])
 * //=> [{ start: 0, end: 1, text: '在', pos: 'p' }, { start: 1, end: 5, text: '华为公司', pos: 'nt' }]
 */
export function realignTokens(text: string, tokens: readonly Token[], entities: readonly Entity[]): Token[] {
  if (tokens.length === 0) return [];
  const ents = [...entities].sort((a, b) => a.start - b.start);
  const out: Token[] = [];
  let e = 0;
  const piece = (start: number, end: number, pos: string): void => {
    if (end > start) out.push({ start, end, text: text.slice(start, end), pos });
  };
  for (const t of tokens) {
    let pos = t.start;
    while (pos < t.end) {
      while (e < ents.length && (ents[e] as Entity).end <= pos) e++;
      const ent = ents[e];
      if (!ent || ent.start >= t.end) {
        piece(pos, t.end, t.pos);
        break;
      }
      if (ent.start > pos) {
        piece(pos, ent.start, t.pos);
        pos = ent.start;
        continue;
      }
      // pos is inside the entity: emit the entity once, at its start
      if (pos === ent.start || out.length === 0 || (out[out.length - 1] as Token).end <= ent.start) {
        if (!(out.length > 0 && (out[out.length - 1] as Token).start === ent.start && (out[out.length - 1] as Token).end === ent.end)) {
          out.push({ start: ent.start, end: ent.end, text: text.slice(ent.start, ent.end), pos: 'nt' });
        }
      }
      pos = Math.min(t.end, ent.end);
    }
  }
  return out;
}
