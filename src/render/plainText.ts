/** Plain document text as HTML, with blank-line runs folded for display only. */
import { escapeHtml } from './escape.js';

const BLANK_RUN = /\r?\n(?:[ \t\u3000]*\r?\n)+/g;

/**
 * Escaped plain text. Runs of blank lines show as one paragraph break (leading and trailing
 * ones, at the very start or end of the document, not at all): the surplus stays in the DOM,
 * in a `<span class="xnl">` that the stylesheet hides, so the text content is unchanged.
 *
 * @example
 * plainHtml('a\n\n\n\nb<', false, false) //=> 'a\n\n<span class="xnl">\n\n</span>b&lt;'
 */
export function plainHtml(s: string, atStart: boolean, atEnd: boolean): string {
  let out = '';
  let last = 0;
  for (const m of s.matchAll(BLANK_RUN)) {
    const from = m.index;
    const to = from + m[0].length;
    const edge = (atStart && from === 0) || (atEnd && to === s.length);
    const keep = edge ? 0 : keptBreak(m[0]);
    out += escapeHtml(s.slice(last, from + keep));
    if (from + keep < to) out += `<span class="xnl">${escapeHtml(s.slice(from + keep, to))}</span>`;
    last = to;
  }
  return out + escapeHtml(s.slice(last));
}

/** Length of the first two line breaks of a blank run (`\n\n`, `\r\n\r\n`, with any spaces between). */
function keptBreak(run: string): number {
  const first = run.indexOf('\n');
  return run.indexOf('\n', first + 1) + 1;
}
