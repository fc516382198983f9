/**
 * The built-in entity subtypes in one table: the entity type each belongs to, its Chinese label
 * and its highlight colours. Read by the dictionary (which subtypes a file may use without
 * declaring them), by entities (through the dictionary) and by render (labels, badges, colours),
 * so that the lists can no longer drift apart. The order is the display order.
 */
import type { EntityType, KnownEntitySubtype } from '../core/types.js';

/** One built-in subtype. */
export interface EntitySubtypeInfo {
  /** The subtype as written in the JSON and the dictionaries. */
  readonly name: KnownEntitySubtype;
  /** The entity type it refines. */
  readonly type: EntityType;
  /** Its Chinese name, shown in labels and badges (`bank 银行`). */
  readonly zh: string;
  /** Highlight background on a light page. */
  readonly light: string;
  /** Highlight background on a dark page. */
  readonly dark: string;
}

/**
 * The built-in subtypes, in display order.
 *
 * @example
 * ENTITY_SUBTYPES.find((s) => s.name === 'bank')?.zh //=> '银行'
 */
export const ENTITY_SUBTYPES: readonly EntitySubtypeInfo[] = [
  { name: 'company', type: 'enterprise', zh: '公司', light: '#fde68a', dark: '#6b4f0e' },
  { name: 'bank', type: 'enterprise', zh: '银行', light: '#fed7aa', dark: '#7a3b12' },
  { name: 'government', type: 'institution', zh: '政府', light: '#bae6fd', dark: '#0c4a6e' },
  { name: 'party', type: 'institution', zh: '党组织', light: '#fecdd3', dark: '#7f1d2d' },
  { name: 'hospital', type: 'institution', zh: '医院', light: '#bbf7d0', dark: '#14532d' },
  { name: 'university', type: 'institution', zh: '高校', light: '#ddd6fe', dark: '#4c1d95' },
  { name: 'school', type: 'institution', zh: '学校', light: '#e9d5ff', dark: '#581c87' },
  { name: 'research', type: 'institution', zh: '科研', light: '#c7d2fe', dark: '#312e81' },
  { name: 'media', type: 'institution', zh: '媒体', light: '#f5d0fe', dark: '#701a75' },
  { name: 'community', type: 'institution', zh: '社区', light: '#d9f99d', dark: '#3f6212' },
  { name: 'association', type: 'institution', zh: '协会', light: '#99f6e4', dark: '#134e4a' },
  { name: 'public', type: 'institution', zh: '事业单位', light: '#e2e8f0', dark: '#334155' },
  // sports clubs (dict/entities/sports.tsv): emitted since that file came, had no label or colour
  { name: 'sports', type: 'institution', zh: '体育', light: '#fecaca', dark: '#7f1d1d' },
];

const BY_NAME: ReadonlyMap<string, EntitySubtypeInfo> = new Map(ENTITY_SUBTYPES.map((s) => [s.name, s]));

/**
 * The table row of a built-in subtype, or `undefined` for a user dictionary's own.
 *
 * @example
 * entitySubtypeInfo('school')?.type //=> 'institution'
 * entitySubtypeInfo('port') //=> undefined
 */
export function entitySubtypeInfo(subtype: string): EntitySubtypeInfo | undefined {
  return BY_NAME.get(subtype);
}

/**
 * The built-in subtype names of one entity type, in display order.
 *
 * @example
 * subtypesOf('enterprise') //=> ['company', 'bank']
 */
export function subtypesOf(type: EntityType): readonly KnownEntitySubtype[] {
  return ENTITY_SUBTYPES.filter((s) => s.type === type).map((s) => s.name);
}
