/** The tags cppjieba's rule gives words without a dictionary tag, in {@link ruleTagIndex} order. */
export const RULE_TAGS = ['m', 'eng', 'x'] as const;

/**
 * The part-of-speech tag of the word `text[start, end)` whose dictionary tag id is `id`
 * (`-1` or `0`: no tag). Words without a dictionary tag get cppjieba's rule: all digits → `m`,
 * Latin letters and digits → `eng`, anything else → `x`. Single punctuation-range characters
 * and pure-ASCII words always take the rule: the few the dictionary tags (`〇`, fullwidth
 * letters) are tagged by the rule everywhere else in zhnews too.
 *
 * @example
 * tagName('开发区', 0, 3, 7, names) //=> 'n'
 */
export function tagName(text: string, start: number, end: number, id: number, names: readonly string[]): string {
  const rule = ruleTagIndex(text, start, end, id);
  return rule < 0 ? names[id]! : RULE_TAGS[rule]!;
}

/**
 * Which tag the word `text[start, end)` with dictionary tag id `id` takes: -1 for its
 * dictionary tag, else the index in {@link RULE_TAGS} of the rule's tag (see {@link tagName}).
 *
 * @example
 * ruleTagIndex('2019', 0, 4, -1) //=> 0 (m)
 */
export function ruleTagIndex(text: string, start: number, end: number, id: number): number {
  const c = text.charCodeAt(start);
  const ruleOnly = end - start === 1 ? c < 0x3400 || c >= 0xff00 : c < 0x80 && text.charCodeAt(end - 1) < 0x80;
  if (!ruleOnly && id > 0) return -1;
  return ruleTag(text, start, end);
}

// cppjieba's rule for words outside the dictionary: index in RULE_TAGS.
function ruleTag(text: string, start: number, end: number): number {
  let digits = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const isDigit = (c >= 0x30 && c <= 0x39) || c === 0x2e;
    const isLatin = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (!isDigit && !isLatin) return 2;
    if (!isDigit) digits = false;
  }
  return digits ? 0 : 1;
}
