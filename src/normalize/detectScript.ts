import type { Script } from '../core/types.js';
import { hasBit } from './conversionTable.js';
import { OPENCC_DICTIONARIES } from './openccTables.generated.js';

export type { Script };

/**
 * Bit sets over BMP units (8 kB each, so they stay in cache beside the analyzer's tables):
 * characters only traditional text uses (個, 們, 與) and those only simplified text uses (个, 们, 与).
 */
interface Marks {
  readonly traditional: Uint32Array;
  readonly simplified: Uint32Array;
}
let marks: Marks | undefined;

/**
 * One byte per BMP code unit, from OpenCC's TSCharacters: a traditional character whose simplified
 * form differs and that is not itself a simplified form is a traditional mark; a simplified form
 * that is not itself a traditional character is a simplified mark. Shared characters (干, 于, 后
 * stand in both scripts) are no evidence either way. Built once per process.
 */
function scriptMarks(): Marks {
  if (marks !== undefined) return marks;
  const table: Marks = { traditional: new Uint32Array(0x10000 >>> 5), simplified: new Uint32Array(0x10000 >>> 5) };
  const traditional = new Set<number>();
  const simplified = new Set<number>();
  // One BMP unit to one, as pairs (astral and phrase entries are not needed here).
  const pairs = OPENCC_DICTIONARIES.TSCharacters.chars;
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const from = pairs.charCodeAt(i);
    const to = pairs.charCodeAt(i + 1);
    if (from === to) continue;
    traditional.add(from);
    simplified.add(to);
  }
  for (const c of traditional) if (!simplified.has(c)) table.traditional[c >>> 5]! |= 1 << (c & 31);
  for (const c of simplified) if (!traditional.has(c)) table.simplified[c >>> 5]! |= 1 << (c & 31);
  marks = table;
  return table;
}

// A lead of this many marks decides: text of one script carries marks of the other only in a
// quoted name or a stray form, never dozens more of them than of its own (so a simplified news
// text is decided within its first sentence or two and the rest is not read).
const DECISIVE_LEAD = 24;

/**
 * Decides the script of `text` by counting the characters that only one script uses: traditional
 * when such traditional characters outnumber the simplified ones. One pass with a table lookup per
 * unit that stops as soon as one script leads by a margin no quotation reaches, so it costs next
 * to nothing beside segmentation. A text with no such character (no Han, or only shared
 * characters) is `simplified`: converting it would change nothing.
 *
 * @example
 * detectScript('台積電營收年增率達三成') //=> 'traditional'
 * detectScript('台积电营收同比增长三成') //=> 'simplified'
 */
export function detectScript(text: string): Script {
  const { traditional, simplified } = scriptMarks();
  // traditional marks minus simplified marks so far
  let lead = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue; // no Han character below the CJK blocks
    const bit = 1 << (c & 31); // bit sets read inline: this runs on every unit
    if ((traditional[c >>> 5]! & bit) !== 0) lead++;
    else if ((simplified[c >>> 5]! & bit) !== 0) lead--;
    else continue;
    if (lead >= DECISIVE_LEAD || lead <= -DECISIVE_LEAD) break;
  }
  return lead > 0 ? 'traditional' : 'simplified';
}

/**
 * True when `text` has a character only traditional text uses (a cheap scan, no conversion).
 *
 * @example
 * hasTraditionalCharacters('長和') //=> true
 * hasTraditionalCharacters('长和') //=> false
 */
export function hasTraditionalCharacters(text: string): boolean {
  const { traditional } = scriptMarks();
  for (let i = 0; i < text.length; i++) if (hasBit(traditional, text.charCodeAt(i))) return true;
  return false;
}
