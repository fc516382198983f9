/** Two small inline-SVG bar charts: statements by kind, and targets by horizon year. */
import type { Statement } from '../core/types.js';
import { escapeAttr, escapeHtml } from './escape.js';
import { horizonYear } from './format.js';
import { KINDS, kindLabel } from './labels.js';

/** One bar: its label, its count and the statement kind that colours it. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly kind: string;
}

const WIDTH = 360;
const ROW = 26;
const LABEL_W = 118;
const COUNT_W = 36;
const PAD = 6;

/**
 * A horizontal bar chart as inline SVG (`role="img"` with a text alternative listing every bar).
 *
 * @example
 * barChart('by kind', [{ label: 'target', value: 3, kind: 'target' }]).startsWith('<svg') //=> true
 */
export function barChart(title: string, bars: readonly Bar[]): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(1, bars.length) * ROW + 2 * PAD;
  const span = WIDTH - LABEL_W - COUNT_W;
  const alt = `${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(', ') || 'none'}`;
  const rows = bars
    .map((b, i) => {
      const y = PAD + i * ROW;
      const w = b.value === 0 ? 0 : Math.max(2, Math.round((b.value / max) * span));
      return (
        `<text class="bar-label" x="${LABEL_W - 8}" y="${y + ROW / 2}" text-anchor="end" dominant-baseline="central">${escapeHtml(b.label)}</text>` +
        `<rect class="bar" data-kind="${escapeAttr(b.kind)}" x="${LABEL_W}" y="${y + 4}" width="${w}" height="${ROW - 8}" rx="3"></rect>` +
        `<text class="bar-count" x="${LABEL_W + w + 6}" y="${y + ROW / 2}" dominant-baseline="central">${b.value}</text>`
      );
    })
    .join('');
  const empty = bars.length === 0 ? `<text class="bar-label" x="${PAD}" y="${PAD + ROW / 2}" dominant-baseline="central">none</text>` : '';
  return (
    `<svg class="chart" role="img" aria-label="${escapeAttr(alt)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">` +
    `<title>${escapeHtml(alt)}</title>` +
    `<line class="axis" x1="${LABEL_W}" y1="${PAD / 2}" x2="${LABEL_W}" y2="${height - PAD / 2}"></line>${rows}${empty}</svg>`
  );
}

/**
 * Counts of statements per kind, in the fixed kind order (zeros included).
 *
 * @example
 * kindBars([]).map((b) => b.value) //=> [0, 0, 0, 0]
 */
export function kindBars(statements: readonly Statement[]): Bar[] {
  return KINDS.map((kind) => ({ label: kindLabel(kind), value: statements.filter((s) => s.kind === kind).length, kind }));
}

/**
 * Counts of target statements per horizon year (end year, else start year), years ascending,
 * then `no year` for targets without a resolved year.
 *
 * @example
 * targetYearBars([]) //=> []
 */
export function targetYearBars(statements: readonly Statement[]): Bar[] {
  const byYear = new Map<number | null, number>();
  for (const s of statements) {
    if (s.kind !== 'target') continue;
    const year = horizonYear(s.horizon);
    byYear.set(year, (byYear.get(year) ?? 0) + 1);
  }
  return [...byYear.entries()]
    .sort((a, b) => (a[0] ?? Infinity) - (b[0] ?? Infinity))
    .map(([year, value]) => ({ label: year === null ? 'no year' : String(year), value, kind: 'target' }));
}

/**
 * The charts section: statements by kind and targets by horizon year, side by side.
 *
 * @example
 * renderCharts([]).includes('Targets by horizon year') //=> true
 */
export function renderCharts(statements: readonly Statement[]): string {
  return (
    '<section class="charts" aria-labelledby="charts-h"><h2 id="charts-h">Overview</h2><div class="chart-row">' +
    `<figure><figcaption>Statements by kind</figcaption>${barChart('Statements by kind', kindBars(statements))}</figure>` +
    `<figure><figcaption>Targets by horizon year</figcaption>${barChart('Targets by horizon year', targetYearBars(statements))}</figure>` +
    '</div></section>'
  );
}
