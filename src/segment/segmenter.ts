/** A word and its part-of-speech tag. */
export interface TaggedWord {
  readonly word: string;
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
  readonly name: string;
  cut(text: string): readonly string[];
  tag?(text: string): readonly TaggedWord[];
}

/** Which segmenter an analyzer uses: a built-in backend by name, or your own. */
export type SegmenterChoice = 'auto' | 'jieba' | 'nodejieba' | 'node-rs' | 'none' | Segmenter;
