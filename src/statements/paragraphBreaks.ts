/**
 * Paragraph breaks inside a line. Crawled news often comes with its line breaks removed: the
 * paragraphs are still marked, by the indentation that opened them (two ideographic spaces,
 * `。　　一年来…`) or by a space after a sentence's end mark (`…约3.23公顷。 根据决定书…`); Chinese
 * puts no spaces between sentences otherwise. The time words of a paragraph do not carry across
 * such a break (spec: time words carry within the same paragraph).
 */

const END_MARKS = new Set([...'。！？!?；;”』」）)']);

/**
 * True when the sentence starting at `start` opens a paragraph of flattened text: spaces before
 * it, two or more of them, or one after an end mark.
 *
 * @example
 * opensFlatParagraph('约3.23公顷。 根据决定书，', 10) //=> true
 * opensFlatParagraph('约3.23公顷。根据决定书，', 9) //=> false
 */
export function opensFlatParagraph(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\u3000' || text[k] === '\t')) k--;
  const spaces = start - 1 - k;
  if (spaces === 0 || k < 0 || text[k] === '\n') return false;
  return spaces >= 2 || END_MARKS.has(text[k]!);
}
