/**
 * The compact form in which OpenCC's dictionaries ship inside zhnews (written by
 * `scripts/build-opencc.ts`, read when traditional text is first converted). Most entries map one
 * BMP character to one, so those are stored as bare pairs of units; the rest keep OpenCC's own
 * `key value|key value` form.
 */
export interface PackedDictionary {
  /** Key and value units alternating: `個个們们…`, every key one BMP unit mapped to one. */
  readonly chars: string;
  /** Every other entry (phrases, astral characters, values of another length) as `key value|…`. */
  readonly words: string;
}

/** One entry of a dictionary: OpenCC replaces `key` by `value`. */
export type DictionaryEntry = readonly [key: string, value: string];

/**
 * Packs entries (a later entry for the same key wins, as when OpenCC loads a dictionary).
 *
 * @example
 * packDictionary([['個', '个'], ['記憶體', '内存']]) //=> { chars: '個个', words: '記憶體 内存' }
 */
export function packDictionary(entries: Iterable<DictionaryEntry>): PackedDictionary {
  const byKey = new Map<string, string>();
  for (const [key, value] of entries) {
    // The packed form separates entries by `|` and key from value by a space.
    if (key === '' || /[| ]/.test(key) || /[| ]/.test(value)) throw new Error(`cannot pack the entry ${JSON.stringify([key, value])}`);
    byKey.delete(key); // keep the position of the last entry, as the trie keeps its value
    byKey.set(key, value);
  }
  let chars = '';
  const words: string[] = [];
  for (const [key, value] of byKey) {
    if (key.length === 1 && value.length === 1 && !isSurrogate(key) && !isSurrogate(value)) chars += key + value;
    else words.push(`${key} ${value}`);
  }
  return { chars, words: words.join('|') };
}

/**
 * The entries of a packed dictionary, pairs first.
 *
 * @example
 * [...unpackDictionary({ chars: '個个', words: '記憶體 内存' })] //=> [['個', '个'], ['記憶體', '内存']]
 */
export function* unpackDictionary(packed: PackedDictionary): Generator<DictionaryEntry> {
  const { chars, words } = packed;
  for (let i = 0; i + 1 < chars.length; i += 2) yield [chars[i]!, chars[i + 1]!];
  if (words === '') return;
  for (const entry of words.split('|')) {
    const space = entry.indexOf(' ');
    yield [entry.slice(0, space), entry.slice(space + 1)];
  }
}

function isSurrogate(unit: string): boolean {
  const c = unit.charCodeAt(0);
  return c >= 0xd800 && c <= 0xdfff;
}
