/** The table of all statements, sortable by any column (the sorting lives in the page script). */
import type { Horizon, Statement } from '../core/types.js';
import { escapeAttr, escapeHtml } from './escape.js';
import { formatValue, horizonYear, horizonYears } from './format.js';
import { changeLabel, kindLabel } from './labels.js';

interface Column {
  readonly label: string;
  /** `num` sorts by each cell's `data-sort` number (blank last), `text` by its text. */
  readonly sort: 'num' | 'text';
  /** Keep the cell on one line. */
  readonly nowrap?: boolean;
  readonly cell: (s: Statement, i: number) => { html: string; key?: string };
}

const COLUMNS: readonly Column[] = [
  { label: '#', sort: 'num', cell: (_s, i) => ({ html: `<a href="#s${i}" title="show in text">${i + 1}</a>`, key: String(i) }) },
  {
    label: 'kind',
    sort: 'text',
    cell: (s) => ({ html: `<span class="sw stm" data-kind="${escapeAttr(s.kind)}">${escapeHtml(kindLabel(s.kind))}</span>` }),
  },
  { label: 'metric', sort: 'text', cell: (s) => ({ html: escapeHtml(s.metric) }) },
  {
    label: 'value',
    sort: 'num',
    cell: (s) => ({ html: `<span class="num">${escapeHtml(formatValue(s))}</span>`, key: numberKey(s.value ?? s.min) }),
  },
  { label: 'change', sort: 'text', nowrap: true, cell: (s) => ({ html: s.change === null ? '' : escapeHtml(changeLabel(s.change)) }) },
  {
    label: 'horizon',
    sort: 'num',
    cell: (s) => ({ html: horizonHtml(s.horizon), key: numberKey(horizonYear(s.horizon)) }),
  },
  { label: 'subject', sort: 'text', cell: (s) => ({ html: escapeHtml(s.subject ?? '') }) },
  { label: 'text', sort: 'text', cell: (s) => ({ html: `<q>${escapeHtml(s.text)}</q>` }) },
];

/** `今年 (2020)` with the years kept on one line. */
function horizonHtml(horizon: Horizon | null): string {
  if (horizon === null) return '';
  const years = horizonYears(horizon);
  return years === '' ? escapeHtml(horizon.text) : `${escapeHtml(horizon.text)} <span class="num">(${escapeHtml(years)})</span>`;
}

function numberKey(n: number | null): string {
  return n === null ? '' : String(n);
}

/**
 * The statements table: one row per statement in text order, a header button per column that
 * sorts by it (`aria-sort` tells which), and a link from each row to its highlight.
 *
 * @example
 * renderTable([]).includes('No statements') //=> true
 */
export function renderTable(statements: readonly Statement[]): string {
  const head = COLUMNS.map(
    (c, i) =>
      `<th scope="col" data-sort-type="${c.sort}"${i === 0 ? ' aria-sort="ascending"' : ''}>` +
      `<button type="button">${escapeHtml(c.label)}<span class="arrow" aria-hidden="true"></span></button></th>`,
  ).join('');
  const rows = statements
    .map((s, i) => {
      const cells = COLUMNS.map((c) => {
        const { html, key } = c.cell(s, i);
        const sortKey = key === undefined ? '' : ` data-sort="${escapeAttr(key)}"`;
        return `<td${c.nowrap === true ? ' class="nowrap"' : ''}${sortKey}>${html}</td>`;
      }).join('');
      return `<tr data-kind="${escapeAttr(s.kind)}">${cells}</tr>`;
    })
    .join('');
  const body = rows === '' ? `<tr class="empty"><td colspan="${COLUMNS.length}">No statements in this analysis.</td></tr>` : rows;
  return (
    '<section class="statements" aria-labelledby="table-h">' +
    `<h2 id="table-h" tabindex="-1">Statements <span class="n">${statements.length}</span></h2>` +
    '<div class="table-wrap"><table class="sortable" id="statements">' +
    '<caption class="sr-only">Numeric statements; column headers are buttons that sort the table</caption>' +
    `<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div></section>`
  );
}
