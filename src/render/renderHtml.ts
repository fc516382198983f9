/** Assembles the self-contained HTML page for one analysis. */
import type { Analysis } from '../core/types.js';
import { renderCharts } from './chart.js';
import { detailsStoreHtml } from './details.js';
import { escapeHtml } from './escape.js';
import { renderLegend } from './legend.js';
import { pageScript } from './script.js';
import { pageStyles } from './styles.js';
import { renderTable } from './table.js';
import { renderText } from './textView.js';
import { checkRenderable } from './validate.js';

/** Options for {@link renderHtml}. */
export interface RenderOptions {
  /** Page title and heading; defaults to the document id, else the first line of the text. */
  readonly title?: string;
}

const TITLE_MAX = 60;

function defaultTitle(doc: Analysis): string {
  if (doc.id !== undefined && doc.id !== '') return doc.id;
  const line = doc.text.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
  const chars = Array.from(line);
  return chars.length === 0 ? 'zhnews analysis' : chars.length > TITLE_MAX ? `${chars.slice(0, TITLE_MAX).join('')}…` : line;
}

/**
 * Renders an analysis as one self-contained HTML page (inline CSS, a small inline script, no
 * network): the text with every entity (`data-type`, `data-subtype`) and statement
 * (`data-kind`) highlighted, details on hover and focus, a legend, a sortable table of the
 * statements and bar charts of statements by kind and targets by horizon year. All document
 * text is escaped. Pure: the same analysis always gives the same string.
 *
 * Throws a TypeError when `doc` is not an analysis, and a RangeError when an entity or
 * statement span is outside the text or does not match its `text` (nothing is ever dropped).
 *
 * @example
 * import { writeFileSync } from 'node:fs';
 * import { createAnalyzer, renderHtml } from 'zhnews';
 * const analyzer = await createAnalyzer();
 * const doc = analyzer.analyze('今年，廊坊开发区将投入至少1.8亿元。', { date: '2020-04-14' });
 * writeFileSync('doc.html', renderHtml(doc));
 */
export function renderHtml(doc: Analysis, options: RenderOptions = {}): string {
  checkRenderable(doc);
  const { text, entities, statements } = doc;
  const title = options.title ?? defaultTitle(doc);
  const meta = [
    doc.date === undefined ? '' : `<span>date <b>${escapeHtml(doc.date)}</b></span>`,
    doc.id === undefined ? '' : `<span>id <b>${escapeHtml(doc.id)}</b></span>`,
    `<span><b>${Array.from(text).length}</b> characters</span>`,
    `<span><b>${doc.sentences.length}</b> sentences</span>`,
    `<span><b>${entities.length}</b> entities</span>`,
    `<span><b>${statements.length}</b> statements</span>`,
  ].join('');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="zhnews render">
<title>${escapeHtml(title)}</title>
<style>
${pageStyles()}
</style>
</head>
<body>
<a class="skip" href="#table-h">Skip to the statements table</a>
<header>
<p class="brand">zhnews · analysis</p>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${meta}</p>
</header>
<main>
<div class="layout">
<section class="card" aria-labelledby="text-h"><h2 id="text-h" class="sr-only">Text</h2>
${renderText(text, entities, statements)}
</section>
${renderLegend(entities, statements)}
</div>
<div class="below">
${renderTable(statements)}
${renderCharts(statements)}
</div>
</main>
<div id="tip" role="tooltip" hidden></div>
${detailsStoreHtml(entities, statements)}
<script>
${pageScript()}
</script>
</body>
</html>
`;
}
