import type { Entity, Token } from '../core/types.js';
import { keepWhole } from './keepWhole.js';

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
  const spans = [...entities].sort((a, b) => a.start - b.start).map((e) => ({ start: e.start, end: e.end, pos: 'nt' }));
  return keepWhole(text, tokens, spans);
}
