/** A word and its part-of-speech tag. */
export interface TaggedWord {
  /** The word as it stands in the text. */
  readonly word: string;
  /** Its part-of-speech tag (jieba's ICTCLAS-style tags: `n`, `v`, `ns`, `m`…). */
  readonly tag: string;
}

/**
 * A word segmenter backend. `cut` returns words that, concatenated, give back `text`
 * (zhnews checks this and falls back to character tokens where it does not hold). Tags come
 * from `tag` when the backend has one, else from jieba's dictionary.
 *
 * @example
 * const chars: Segmenter = { name: 'chars', cut: (text) => [...text] };
 * const analyzer = await createAnalyzer({ segmenter: chars });
 */
export interface Segmenter {
  /** A short name for diagnostics and benchmarks (`jieba`, `nodejieba`, `chars`). */
  readonly name: string;
  /** Splits `text` into words whose concatenation is `text`. */
  cut(text: string): readonly string[];
  /** Splits and tags in one call, when the backend can; else tags come from jieba's dictionary. */
  tag?(text: string): readonly TaggedWord[];
}

/** Which segmenter an analyzer uses: a built-in backend by name, or your own. */
export type SegmenterChoice = 'auto' | 'jieba' | 'nodejieba' | 'node-rs' | 'none' | Segmenter;
