import type { Analysis, TextSpan } from '../core/types.js';

/**
 * Checks what the renderer relies on: a string text and, for every entity and statement, an
 * integer span inside the text whose `text` is `doc.text.slice(start, end)`. The renderer never
 * drops a mention, so a bad one is an error, not something to skip.
 *
 * @example
 * checkRenderable({ text: '增长5%', sentences: [], tokens: [], entities: [], quantities: [], statements: [] }); // ok
 */
export function checkRenderable(doc: Analysis): void {
  if (typeof doc !== 'object' || doc === null || typeof doc.text !== 'string') {
    throw new TypeError('renderHtml() expects an analysis object with a string `text`');
  }
  checkSpans(doc.text, doc.entities, 'entities');
  checkSpans(doc.text, doc.statements, 'statements');
}

function checkSpans(text: string, items: readonly TextSpan[], name: string): void {
  if (!Array.isArray(items)) throw new TypeError(`renderHtml(): \`${name}\` must be an array`);
  items.forEach((item, i) => {
    const { start, end } = item;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
      throw new RangeError(`renderHtml(): ${name}[${i}] has span [${String(start)}, ${String(end)}) outside the text (length ${text.length})`);
    }
    if (text.slice(start, end) !== item.text) {
      throw new RangeError(`renderHtml(): ${name}[${i}].text ${JSON.stringify(item.text)} is not the text at [${start}, ${end})`);
    }
  });
}
