import type { Entity, Token } from '../core/types.js';
import { keepWhole, type WholeSpan } from './keepWhole.js';
import { recut } from './recut.js';
import { TokenTable } from './tokenTable.js';

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
  return keepWhole(text, tokens, entitySpans(entities));
}

/**
 * {@link realignTokens} on a token table: a new table whose untouched tokens point back to
 * `table` (so their objects are shared), or `table` itself when there are no entities.
 *
 * @example
 * realignTable(table, entities).toArray()
 */
export function realignTable(table: TokenTable, entities: readonly Entity[]): TokenTable {
  if (table.length === 0 || entities.length === 0) return table;
  const out = new TokenTable(table.text, table.tagSet, table.length + 2 * entities.length, table);
  recut(table.text, table, 0, table.length, entitySpans(entities), out, false);
  return out;
}

function entitySpans(entities: readonly Entity[]): WholeSpan[] {
  return [...entities].sort((a, b) => a.start - b.start).map((e) => ({ start: e.start, end: e.end, pos: 'nt' }));
}
