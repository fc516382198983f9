/**
 * Display names for the closed vocabularies of the analysis (statement kinds, entity types and
 * subtypes, comparators), in English as in the JSON and in Chinese for the reader. Subtype names
 * come from `lexicon/entitySubtypes.ts`.
 */
import type { Change, Comparator, EntityType, StatementKind } from '../core/types.js';
import { entitySubtypeInfo } from '../lexicon/entitySubtypes.js';

/** The four statement kinds in display order. */
export const KINDS: readonly StatementKind[] = ['target', 'fact', 'forecast', 'capacity'];

const KIND_ZH: Readonly<Record<StatementKind, string>> = { target: '目标', fact: '事实', forecast: '预测', capacity: '产能' };
const TYPE_ZH: Readonly<Record<EntityType, string>> = { enterprise: '企业', institution: '机构' };
const COMPARATOR_SIGN: Readonly<Record<Comparator, string>> = {
  eq: '=',
  gte: '≥',
  gt: '>',
  lte: '≤',
  lt: '<',
  approx: '≈',
  range: '–',
};

/**
 * A statement kind as `target 目标`.
 *
 * @example
 * kindLabel('forecast') //=> 'forecast 预测'
 */
export function kindLabel(kind: StatementKind): string {
  return `${kind} ${KIND_ZH[kind] ?? ''}`.trim();
}

/**
 * An entity type as `enterprise 企业`.
 *
 * @example
 * typeLabel('institution') //=> 'institution 机构'
 */
export function typeLabel(type: EntityType): string {
  return `${type} ${TYPE_ZH[type] ?? ''}`.trim();
}

/**
 * An entity subtype as `bank 银行`; a user-dictionary subtype shows as written.
 *
 * @example
 * subtypeLabel('bank') //=> 'bank 银行'
 * subtypeLabel('port') //=> 'port'
 */
export function subtypeLabel(subtype: string): string {
  const zh = entitySubtypeInfo(subtype)?.zh;
  return zh === undefined ? subtype : `${subtype} ${zh}`;
}

/**
 * The short Chinese badge drawn after an entity: the subtype's Chinese name, else the type's.
 *
 * @example
 * entityBadge('institution', 'government') //=> '政府'
 * entityBadge('enterprise', 'port') //=> '企业·port'
 */
export function entityBadge(type: EntityType, subtype: string): string {
  return entitySubtypeInfo(subtype)?.zh ?? `${TYPE_ZH[type] ?? type}·${subtype}`;
}

/**
 * The mathematical sign of a comparator (`–` for a range).
 *
 * @example
 * comparatorSign('gte') //=> '≥'
 */
export function comparatorSign(comparator: Comparator): string {
  return COMPARATOR_SIGN[comparator] ?? comparator;
}

/**
 * A change direction for people: `↑ increase`, `↓ decrease`, or `level` for null.
 *
 * @example
 * changeLabel('increase') //=> '↑ increase'
 * changeLabel(null) //=> 'level'
 */
export function changeLabel(change: Change): string {
  if (change === 'increase') return '↑ increase';
  if (change === 'decrease') return '↓ decrease';
  return 'level';
}
