/**
 * Length-preserving width folding: full-width ASCII (U+FF01–U+FF5E) to ASCII, and the
 * ideographic space (U+3000) and no-break spaces to a plain space. One UTF-16 unit in, one
 * out, so offsets into the folded string are offsets into the original.
 */
export function foldWidthChar(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000 || code === 0x00a0 || code === 0x202f || code === 0x2007) return 0x20;
  return code;
}

/**
 * Folds full-width ASCII and wide spaces in `text` without changing its length.
 *
 * @example
 * foldWidth('１７％') //=> '17%'
 */
export function foldWidth(text: string): string {
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (foldWidthChar(c) !== c) {
      changed = true;
      break;
    }
  }
  if (!changed) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldWidthChar(text.charCodeAt(i)));
  return out;
}
