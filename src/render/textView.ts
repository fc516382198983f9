/** The document text with every entity and statement drawn as a highlight element. */
import type { Entity, Statement } from '../core/types.js';
import { detailsText, entityDetails, statementDetails } from './details.js';
import { escapeAttr } from './escape.js';
import { layoutMarks, type MarkSpan } from './layout.js';
import { plainHtml } from './plainText.js';
import { statementCues } from './extras.js';
import { entityBadge } from './labels.js';

interface Mark extends MarkSpan {
  /** Highlights are focusable and have details; cue marks only light up with their statements. */
  readonly role: 'highlight' | 'cue';
  /** `e3` for entities[3], `s0` for statements[0]. */
  readonly ref: string;
  /** Attributes shared by every element of the mark (already escaped). */
  readonly attrs: string;
  readonly className: string;
  readonly title: string;
  readonly badge: string | null;
}

/**
 * One mark per distinct cue-word span, naming the statements it decided (`data-cue-for="s0 s2"`).
 * Cues whose span does not match the text are left out: they only explain, they are not mentions.
 */
function cueMarks(text: string, statements: readonly Statement[], firstOrder: number): Mark[] {
  const bySpan = new Map<string, { start: number; end: number; refs: string[] }>();
  statements.forEach((s, i) => {
    for (const c of statementCues(s)) {
      if (!Number.isInteger(c.start) || !Number.isInteger(c.end) || c.start < 0 || c.end <= c.start || c.end > text.length) continue;
      if (text.slice(c.start, c.end) !== c.text) continue;
      const key = `${c.start}:${c.end}`;
      const seen = bySpan.get(key) ?? { start: c.start, end: c.end, refs: [] };
      if (!seen.refs.includes(`s${i}`)) seen.refs.push(`s${i}`);
      bySpan.set(key, seen);
    }
  });
  return [...bySpan.values()].map((c, i) => ({
    role: 'cue',
    start: c.start,
    end: c.end,
    order: firstOrder + i,
    ref: '',
    className: 'cue',
    attrs: `data-cue-for="${c.refs.join(' ')}"`,
    title: '',
    badge: null,
  }));
}

/**
 * The text as escaped HTML inside `<div class="text">`, with one focusable highlight per
 * entity (`data-type`, `data-subtype`) and per statement (`data-kind`). A highlight that crosses
 * another is split into parts sharing `data-ref`; only the first part has the `id` and
 * `tabindex`. Removing all tags and unescaping gives back `text` exactly.
 *
 * @example
 * renderText('廊坊开发区投入1.8亿元', [entity], [statement])
 * //=> '<div class="text" id="doc-text"><span class="hl ent" id="e0" data-ref="e0" …>廊坊开发区</span>投入<span class="hl stm" …>1.8亿元</span></div>'
 */
export function renderText(text: string, entities: readonly Entity[], statements: readonly Statement[]): string {
  const marks: Mark[] = [
    ...entities.map((e, i): Mark => ({
      start: e.start,
      end: e.end,
      order: i,
      role: 'highlight',
      ref: `e${i}`,
      className: 'hl ent',
      attrs: `data-type="${escapeAttr(e.type)}" data-subtype="${escapeAttr(e.subtype)}"`,
      title: detailsText(entityDetails(e)),
      badge: entityBadge(e.type, e.subtype),
    })),
    ...statements.map((s, i): Mark => ({
      start: s.start,
      end: s.end,
      order: entities.length + i,
      role: 'highlight',
      ref: `s${i}`,
      className: 'hl stm',
      attrs: `data-kind="${escapeAttr(s.kind)}"`,
      title: detailsText(statementDetails(s)),
      badge: null,
    })),
    ...cueMarks(text, statements, entities.length + statements.length),
  ];
  const events = layoutMarks(text.length, marks);
  const lastPart = new Map<string, number>();
  for (const ev of events) if (ev.type === 'open') lastPart.set(ev.mark.ref, ev.part);

  let html = '';
  for (const ev of events) {
    if (ev.type === 'text') {
      html += plainHtml(text.slice(ev.start, ev.end), ev.start === 0, ev.end === text.length);
    } else if (ev.type === 'close') {
      html += '</span>';
    } else {
      const { mark, part } = ev;
      if (mark.role === 'cue') {
        html += `<span class="cue" ${mark.attrs}>`;
        continue;
      }
      const first = part === 0;
      const last = lastPart.get(mark.ref) === part;
      html +=
        `<span class="${mark.className}${first ? '' : ' cont'}"` +
        (first ? ` id="${mark.ref}" tabindex="0" aria-describedby="d-${mark.ref}"` : ` data-part="${part}"`) +
        ` data-ref="${mark.ref}" ${mark.attrs}` +
        (last && mark.badge !== null ? ` data-badge="${escapeAttr(mark.badge)}"` : '') +
        ` title="${escapeAttr(mark.title)}">`;
    }
  }
  return `<div class="text" id="doc-text">${html}</div>`;
}
