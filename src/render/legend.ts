/** The colour key: entity types and subtypes found in the document, and the statement kinds. */
import type { Entity, EntityType, Statement } from '../core/types.js';
import { escapeAttr, escapeHtml } from './escape.js';
import { KINDS, kindLabel, subtypeLabel, typeLabel } from './labels.js';

const TYPES: readonly EntityType[] = ['enterprise', 'institution'];

/**
 * The legend: one swatch per entity type/subtype present (with counts; every type is listed
 * even when absent) and one per statement kind, each drawn like the highlights it explains.
 *
 * @example
 * renderLegend([], []).startsWith('<section class="legend"') //=> true
 */
export function renderLegend(entities: readonly Entity[], statements: readonly Statement[]): string {
  const entityGroups = TYPES.map((type) => {
    const counts = new Map<string, number>();
    for (const e of entities) if (e.type === type) counts.set(e.subtype, (counts.get(e.subtype) ?? 0) + 1);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const items = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(
        ([subtype, n]) =>
          `<li><span class="sw ent" data-type="${escapeAttr(type)}" data-subtype="${escapeAttr(subtype)}">${escapeHtml(subtypeLabel(subtype))}</span> <span class="n">${n}</span></li>`,
      )
      .join('');
    return (
      `<div class="lg-group"><h3><span class="sw ent" data-type="${type}">${escapeHtml(typeLabel(type))}</span> <span class="n">${total}</span></h3>` +
      (items === '' ? '<p class="none">none found</p>' : `<ul>${items}</ul>`) +
      '</div>'
    );
  }).join('');
  const kindItems = KINDS.map((kind) => {
    const n = statements.filter((s) => s.kind === kind).length;
    return `<li><span class="sw stm" data-kind="${kind}">${escapeHtml(kindLabel(kind))}</span> <span class="n">${n}</span></li>`;
  }).join('');
  return (
    '<section class="legend" aria-labelledby="legend-h"><h2 id="legend-h">Legend</h2>' +
    `<div class="lg-cols"><div class="lg-col"><p class="lg-title">Entities <span class="n">${entities.length}</span></p>${entityGroups}</div>` +
    `<div class="lg-col"><p class="lg-title">Statements <span class="n">${statements.length}</span></p><ul class="kinds">${kindItems}</ul>` +
    '<label class="toggle"><input type="checkbox" id="show-badges" checked> show entity labels</label></div></div>' +
    '<p class="hint">Hover or focus (Tab) a highlight for its details; a statement’s cue words light up with it.</p></section>'
  );
}
