import type { Script } from '../core/types.js';
import { traditionalCharacters } from './openccData.js';

export type { Script };

// 1: a character only traditional text uses (個, 們, 與); 2: one only simplified text uses (个, 们, 与).
let marks: Uint8Array | undefined;

/**
 * One byte per BMP code unit, from OpenCC's TSCharacters: a traditional character whose simplified
 * form differs and that is not itself a simplified form is a traditional mark; a simplified form
 * that is not itself a traditional character is a simplified mark. Shared characters (干, 于, 后
 * stand in both scripts) are no evidence either way.
 */
function scriptMarks(): Uint8Array {
  if (marks !== undefined) return marks;
  const table = new Uint8Array(0x10000);
  const traditional = new Set<number>();
  const simplified = new Set<number>();
  for (const entry of traditionalCharacters().split('|')) {
    const space = entry.indexOf(' ');
    const from = entry.slice(0, space);
    const to = entry.slice(space + 1);
    if (from.length !== 1 || to.length !== 1 || from === to) continue; // astral and identity entries
    traditional.add(from.charCodeAt(0));
    simplified.add(to.charCodeAt(0));
  }
  for (const c of traditional) if (!simplified.has(c)) table[c] = 1;
  for (const c of simplified) if (!traditional.has(c)) table[c] = 2;
  marks = table;
  return table;
}

/**
 * Decides the script of `text` by counting the characters that only one script uses: traditional
 * when such traditional characters outnumber the simplified ones. One pass with a table lookup per
 * unit, so it costs next to nothing beside segmentation. A text with no such character (no Han, or
 * only shared characters) is `simplified`: converting it would change nothing.
 *
 * @example
 * detectScript('台積電營收年增率達三成') //=> 'traditional'
 * detectScript('台积电营收同比增长三成') //=> 'simplified'
 */
export function detectScript(text: string): Script {
  const table = scriptMarks();
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    const mark = table[c];
    if (mark === 1) traditional++;
    else if (mark === 2) simplified++;
  }
  return traditional > simplified ? 'traditional' : 'simplified';
}

/**
 * True when `text` has a character only traditional text uses (a cheap scan, no conversion).
 *
 * @example
 * hasTraditionalCharacters('長和') //=> true
 * hasTraditionalCharacters('长和') //=> false
 */
export function hasTraditionalCharacters(text: string): boolean {
  const table = scriptMarks();
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] === 1) return true;
  return false;
}
