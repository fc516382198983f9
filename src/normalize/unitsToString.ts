// Units per String.fromCharCode call: well below every engine's limit on arguments.
const CHUNK = 8192;

/**
 * The string of the first `length` units of `units`, exactly (lone surrogates included, which a
 * UTF-16 TextDecoder would replace). Works in browsers and Node alike.
 *
 * @example
 * unitsToString(new Uint16Array([0x4e2d, 0x6587]), 2) //=> '中文'
 */
export function unitsToString(units: Uint16Array, length: number): string {
  if (length <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}
