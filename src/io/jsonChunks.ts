/**
 * JSON text in pieces: the same characters as `JSON.stringify(value, null, indent)`, produced
 * element by element for the outer levels, so a huge analysis (millions of tokens) is written
 * without ever building one string (V8 strings stop at about 512 MB: "Invalid string length").
 */

/** Levels of objects and arrays taken apart; deeper values are stringified whole (small). */
const SPLIT_DEPTH = 2;

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** What `JSON.stringify` writes for a property value, or undefined when it drops the property. */
function serializable(value: unknown): unknown {
  if (isContainer(value) && typeof (value as { toJSON?: unknown }).toJSON === 'function') return (value as { toJSON(): unknown }).toJSON();
  return value;
}

function* pieces(value: unknown, indent: string, prefix: string, depth: number): Generator<string> {
  if (!isContainer(value) || depth >= SPLIT_DEPTH) {
    const text = JSON.stringify(value, null, indent) ?? 'null';
    // a JSON string never holds a raw line break, so every one is an indentation point
    yield indent && prefix ? text.replace(/\n/g, `\n${prefix}`) : text;
    return;
  }
  const inner = prefix + indent;
  const open = indent ? `\n${inner}` : '';
  const close = indent ? `\n${prefix}` : '';
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i > 0 ? ',' : ''}${open}`;
      const item = serializable(value[i]);
      yield* pieces(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, indent, inner, depth + 1);
    }
    return yield `${close}]`;
  }
  let first = true;
  for (const [key, raw] of Object.entries(value)) {
    const item = serializable(raw);
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    yield `${first ? '{' : ','}${open}${JSON.stringify(key)}:${indent ? ' ' : ''}`;
    first = false;
    yield* pieces(item, indent, inner, depth + 1);
  }
  yield first ? '{}' : `${close}}`;
}

/**
 * Yields the JSON text of `value` in pieces whose concatenation equals
 * `JSON.stringify(value, null, indent)` (for plain data: objects, arrays, strings, numbers,
 * booleans, null).
 *
 * @example
 * [...jsonChunks({ a: [1, 2] }, 0)].join('') //=> '{"a":[1,2]}'
 */
export function* jsonChunks(value: unknown, indent: number | string = 0): Generator<string> {
  const unit = typeof indent === 'number' ? ' '.repeat(Math.min(10, Math.max(0, indent))) : indent.slice(0, 10);
  yield* pieces(serializable(value), unit, '', 0);
}
