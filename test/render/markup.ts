/**
 * A small reader for the renderer's own text markup (not a general HTML parser): it recovers the
 * document text and, per highlight (`data-ref`), its attributes and the text it covers.
 */

export interface Highlight {
  /** Attributes of the highlight's first element. */
  readonly attrs: Record<string, string>;
  /** Number of elements (parts) the highlight was drawn with. */
  parts: number;
  /** The text covered, all parts joined. */
  text: string;
}

export interface TextMarkup {
  readonly text: string;
  readonly highlights: Map<string, Highlight>;
}

const REFS: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#10': '\n' };

export function unescapeHtml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|#10);/g, (_m, name: string) => REFS[name] ?? '');
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g)) out[m[1]!] = unescapeHtml(m[2] ?? '');
  return out;
}

/** Reads the `#doc-text` block of a rendered page. */
export function readTextMarkup(html: string): TextMarkup {
  const open = '<div class="text" id="doc-text">';
  const from = html.indexOf(open);
  if (from < 0) throw new Error('no #doc-text block');
  const to = html.indexOf('</div>', from);
  const inner = html.slice(from + open.length, to);
  const highlights = new Map<string, Highlight>();
  const stack: (string | null)[] = [];
  let text = '';
  for (const m of inner.matchAll(/<(\/?)span([^>]*)>|[^<]+/g)) {
    if (m[1] === '/') {
      if (stack.pop() === undefined) throw new Error('unbalanced </span>');
    } else if (m[1] === '') {
      const attrs = attributes(m[2] ?? '');
      const ref = attrs['data-ref'] ?? null;
      stack.push(ref);
      if (ref !== null) {
        const seen = highlights.get(ref);
        if (seen === undefined) highlights.set(ref, { attrs, parts: 1, text: '' });
        else seen.parts++;
      }
    } else {
      const chunk = unescapeHtml(m[0]);
      text += chunk;
      for (const ref of new Set(stack)) if (ref !== null) highlights.get(ref)!.text += chunk;
    }
  }
  if (stack.length !== 0) throw new Error('unclosed <span>');
  return { text, highlights };
}
