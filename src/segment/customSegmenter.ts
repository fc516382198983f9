/**
 * A caller's own segmenter, checked at the boundary: what it returns is someone else's code,
 * so a wrong result (null, a string, numbers) is a clear error naming the segmenter instead of
 * a TypeError from deep inside the pipeline ("words is not iterable").
 */
import type { Segmenter, TaggedWord } from './segmenter.js';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array with a non-string word';
  return typeof value;
}

/**
 * Wraps a custom segmenter so that `cut` must return an array of strings and `tag` an array of
 * `{ word, tag }`; anything else throws a TypeError that names the segmenter.
 *
 * @example
 * const seg = checkedSegmenter({ name: 'mine', cut: () => null as never });
 * seg.cut('增长') // throws TypeError: segmenter "mine": cut() must return an array of strings, got null
 */
export function checkedSegmenter(segmenter: Segmenter): Segmenter {
  const name = typeof segmenter.name === 'string' ? segmenter.name : 'custom';
  const fail = (method: string, expected: string, got: unknown): never => {
    throw new TypeError(`segmenter "${name}": ${method}() must return ${expected}, got ${describe(got)}`);
  };
  const tag = segmenter.tag;
  return {
    name,
    cut(text) {
      const words = segmenter.cut(text) as unknown;
      if (!Array.isArray(words) || !words.every((w) => typeof w === 'string')) fail('cut', 'an array of strings', words);
      return words as string[];
    },
    ...(typeof tag === 'function'
      ? {
          tag(text: string) {
            const words = tag.call(segmenter, text) as unknown;
            const ok = Array.isArray(words) && words.every((w) => typeof w === 'object' && w !== null && typeof (w as TaggedWord).word === 'string');
            if (!ok) fail('tag', 'an array of { word, tag }', words);
            return words as TaggedWord[];
          },
        }
      : {}),
  };
}
