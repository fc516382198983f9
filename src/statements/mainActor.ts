import type { Entity } from '../core/types.js';
import type { Words } from './words.js';

const REPORT_REGION = /\d{4}年(\p{Script=Han}{2,10}?(?:省|市|自治区|特别行政区))(?:人民)?政府工作报告/u;
const CONGRESS_REGION = /在(\p{Script=Han}{2,10}?(?:省|市|自治区))第\p{Script=Han}{1,4}届人民代表大会/u;
/** Heads that make a place word a place's full name (廊坊 + 开发区, 淄博 + 市). */
export const PLACE_HEADS: ReadonlySet<string> = new Set(['开发区', '新区', '高新区', '经开区', '自贸区', '试验区', '园区', '市', '县', '区', '镇', '省']);

/**
 * The organisation or place a document is about, used as the subject a sentence leaves implicit:
 * the region of a work report (上海市), else the place named most often (廊坊开发区).
 *
 * @example
 * findMainActor('2025年上海市政府工作报告\n…', words, [], true) //=> '上海市'
 */
export function findMainActor(text: string, words: Words, entities: readonly Entity[], report: boolean): string | null {
  const head = text.slice(0, 600);
  if (report) {
    const m = REPORT_REGION.exec(head) ?? CONGRESS_REGION.exec(head);
    if (m) return m[1]!;
  }
  const counts = new Map<string, number>();
  const add = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);
  for (let i = 0; i + 1 < words.length; i++) {
    if (words.pos(i) !== 'ns') continue;
    if (words.start(i + 1) === words.end(i) && PLACE_HEADS.has(words.word(i + 1))) add(words.word(i) + words.word(i + 1));
  }
  // In a report the government speaks of its own region; in news a ministry or central bank named
  // often is a source of figures (央行公布…), not their owner.
  if (report) for (const e of entities) if (e.type === 'institution' && e.subtype === 'government') add(e.canonical);
  let best: string | null = null;
  let bestCount = 2; // named at least three times
  for (const [name, n] of counts) {
    if (n > bestCount) {
      best = name;
      bestCount = n;
    }
  }
  return best;
}

const WHOLE_HEADS = new Set(['市', '区', '省', '县']);

/**
 * The place an article names most often for each head (市 → 淄博市, 区 → 闵行区), read from
 * place words that end in the head or stand before it; 全市/全区 in the article mean that place.
 *
 * @example
 * placesByHead(words) //=> Map { '市' => '淄博市' }
 */
export function placesByHead(words: Words): Map<string, string> {
  const counts = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    if (words.pos(i) !== 'ns') continue;
    const w = words.word(i);
    const next = i + 1 < words.length ? i + 1 : -1;
    const name = next >= 0 && words.start(next) === words.end(i) && WHOLE_HEADS.has(words.word(next)) ? w + words.word(next) : WHOLE_HEADS.has(w.slice(-1)) && w.length >= 3 ? w : null;
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const best = new Map<string, [string, number]>();
  for (const [name, n] of counts) {
    const head = name.slice(-1);
    const cur = best.get(head);
    if (!cur || n > cur[1]) best.set(head, [name, n]);
  }
  return new Map([...best].map(([head, [name]]) => [head, name]));
}
