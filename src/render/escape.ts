/**
 * HTML escaping. Every piece of document text and every analysis field goes through here
 * before it reaches the page.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and for double- or single-quoted attribute values.
 * Newlines become `&#10;` so multi-line `title` attributes survive any serialiser.
 *
 * @example
 * escapeHtml('<script>alert("x")</script>') //=> '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Escapes a value for a double-quoted attribute, keeping line breaks as character references.
 *
 * @example
 * escapeAttr('a\n"b"') //=> 'a&#10;&quot;b&quot;'
 */
export function escapeAttr(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '&#10;');
}
