import { hasTraditionalCharacters } from './detectScript.js';
import { toSimplified } from './toSimplified.js';

/**
 * The simplified form of a dictionary key written with traditional characters, or null when the
 * key has none (then it already matches the simplified view). Lets a name written in either script
 * match text in either script: traditional text is analysed on its simplified view.
 *
 * @example
 * simplifiedForm('長江和記實業有限公司') //=> '长江和记实业有限公司'
 * simplifiedForm('腾讯控股有限公司') //=> null
 */
export function simplifiedForm(key: string): string | null {
  if (!hasTraditionalCharacters(key)) return null;
  const converted = toSimplified(key).text;
  return converted === key ? null : converted;
}
