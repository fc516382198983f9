import type { Token } from '../core/types.js';

/** A span that must end up as exactly one token, with the tag it gets. */
export interface WholeSpan {
  readonly start: number;
  readonly end: number;
  readonly pos: string;
}

/**
 * Re-cuts `tokens` (sorted, disjoint) so that every span in `spans` (sorted, disjoint) is
 * exactly one token: tokens inside a span merge, tokens crossing its edge are split, and the
 * pieces outside keep their tag. Tokens that no span touches are returned as they are.
 * Used for numbers and ASCII words (segmenting) and for entities (no token crosses a name).
 *
 * @example
 * // tokens 1|.|8|亿元 with the span 1.8亿 → 1.8亿|元
 * keepWhole('1.8亿元', tokens, [{ start: 0, end: 4, pos: 'm' }]).map((t) => t.text) //=> ['1.8亿', '元']
 */
export function keepWhole(text: string, tokens: readonly Token[], spans: readonly WholeSpan[]): Token[] {
  if (spans.length === 0) return tokens as Token[];
  const out: Token[] = [];
  const piece = (start: number, end: number, pos: string): void => {
    out.push({ start, end, text: text.slice(start, end), pos });
  };
  let s = 0;
  for (const tok of tokens) {
    while (s < spans.length && spans[s]!.end <= tok.start) s++;
    const first = spans[s];
    if (first === undefined || first.start >= tok.end) {
      out.push(tok); // untouched
      continue;
    }
    let cursor = tok.start;
    while (cursor < tok.end) {
      const span = spans[s];
      if (span === undefined || span.start >= tok.end) {
        piece(cursor, tok.end, tok.pos);
        break;
      }
      if (span.start > cursor) {
        piece(cursor, span.start, tok.pos);
        cursor = span.start;
      }
      // cursor is inside the span: emit the span once.
      const last = out[out.length - 1];
      if (!(last !== undefined && last.start === span.start && last.end === span.end)) piece(span.start, span.end, span.pos);
      if (span.end >= tok.end) {
        cursor = tok.end;
      } else {
        cursor = span.end;
        s++;
      }
    }
  }
  return out;
}
