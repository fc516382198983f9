/**
 * The details of one highlight, as label/value rows. The same rows feed the tooltip, the
 * `title` fallback and the screen-reader description, so all three always agree.
 */
import type { Entity, Statement } from '../core/types.js';
import { escapeHtml } from './escape.js';
import { statementBasis, statementCues } from './extras.js';
import { chineseMagnitude, formatHorizon, formatNumber, formatValue } from './format.js';
import { changeLabel, comparatorSign, kindLabel, subtypeLabel, typeLabel } from './labels.js';

/** A heading and label/value rows describing one entity or statement. */
export interface Details {
  readonly heading: string;
  readonly rows: readonly (readonly [label: string, value: string])[];
}

/**
 * Details of an entity: canonical name, type, subtype, source, dictionary id.
 *
 * @example
 * entityDetails({ start: 0, end: 4, text: '建设银行', type: 'enterprise', subtype: 'bank',
 *   canonical: '中国建设银行股份有限公司', source: 'alias' }).rows[0] //=> ['canonical', '中国建设银行股份有限公司']
 */
export function entityDetails(entity: Entity): Details {
  const rows: [string, string][] = [
    ['canonical', entity.canonical],
    ['type', typeLabel(entity.type)],
    ['subtype', subtypeLabel(entity.subtype)],
    ['source', entity.source],
  ];
  if (entity.id !== undefined) rows.push(['id', entity.id]);
  rows.push(['text', entity.text]);
  return { heading: `${typeLabel(entity.type)} · ${subtypeLabel(entity.subtype)}`, rows };
}

/**
 * Details of a statement: value in base units, unit, comparator, change, metric, subject, horizon.
 *
 * @example
 * statementDetails(statement).rows[0] //=> ['value', '≥ 180,000,000 CNY (1.8亿)']
 */
export function statementDetails(statement: Statement): Details {
  const magnitude = statement.value === null ? null : chineseMagnitude(statement.value);
  const rows: [string, string][] = [
    ['value', magnitude === null ? formatValue(statement) : `${formatValue(statement)} (${magnitude})`],
    ['unit', statement.unit === '' ? '(count)' : statement.unit],
    ['comparator', `${statement.comparator} ${comparatorSign(statement.comparator)}`],
  ];
  if (statement.comparator === 'range') {
    rows.push(['min', statement.min === null ? '—' : formatNumber(statement.min)]);
    rows.push(['max', statement.max === null ? '—' : formatNumber(statement.max)]);
  }
  rows.push(
    ['change', changeLabel(statement.change)],
    ['metric', statement.metric === '' ? '—' : statement.metric],
    ['subject', statement.subject ?? '—'],
    ['horizon', statement.horizon === null ? '—' : formatHorizon(statement.horizon)],
    ['text', statement.text],
  );
  const why = basisText(statement);
  if (why !== null) rows.push(['basis', why]);
  return { heading: kindLabel(statement.kind), rows };
}

/** `cue: 力争 (kind), 增长 (change)`, `section`, or null when the analysis has neither field. */
function basisText(statement: Statement): string | null {
  const words = statementCues(statement)
    .map((c) => (c.role === undefined ? c.text : `${c.text} (${c.role})`))
    .join(', ');
  const basis = statementBasis(statement);
  if (basis === null) return words === '' ? null : words;
  return words === '' ? basis : `${basis}: ${words}`;
}

/**
 * Plain text of details for a `title` attribute (escape it before use).
 *
 * @example
 * detailsText({ heading: 'fact 事实', rows: [['value', '= 39 rank']] }) //=> 'fact 事实\nvalue: = 39 rank'
 */
export function detailsText(details: Details): string {
  return [details.heading, ...details.rows.map(([label, value]) => `${label}: ${value}`)].join('\n');
}

/**
 * Escaped HTML of details: a heading and a definition list.
 *
 * @example
 * detailsHtml({ heading: 'fact', rows: [['metric', '<b>']] })
 * //=> '<p class="tip-h">fact</p><dl><dt>metric</dt><dd>&lt;b&gt;</dd></dl>'
 */
export function detailsHtml(details: Details): string {
  const rows = details.rows.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`).join('');
  return `<p class="tip-h">${escapeHtml(details.heading)}</p><dl>${rows}</dl>`;
}

/**
 * The hidden store of every highlight's details (`<div id="d-e0">…`), which the tooltip copies
 * from and which `aria-describedby` points screen readers at.
 *
 * @example
 * detailsStoreHtml([], []) //=> '<div id="details" hidden></div>'
 */
export function detailsStoreHtml(entities: readonly Entity[], statements: readonly Statement[]): string {
  const parts: string[] = [];
  entities.forEach((e, i) => parts.push(`<div id="d-e${i}">${detailsHtml(entityDetails(e))}</div>`));
  statements.forEach((s, i) => parts.push(`<div id="d-s${i}">${detailsHtml(statementDetails(s))}</div>`));
  return `<div id="details" hidden>${parts.join('')}</div>`;
}
