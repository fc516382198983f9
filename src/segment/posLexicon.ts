import { loadBundledJieba } from './jieba/nodeLoader.js';
import { tagName } from './jieba/tagName.js';

// A small direct-mapped cache in front of the dictionary: frequent words hit it without a trie
// walk over the fresh string a native segmenter returned.
const CACHE_SIZE = 1 << 15;
const cacheKeys: (string | undefined)[] = new Array<string | undefined>(CACHE_SIZE);
const cacheTags: string[] = new Array<string>(CACHE_SIZE);

/**
 * The part-of-speech tag jieba gives `word` (for the native backends, whose cut() returns bare
 * strings): its tag in the compiled jieba dictionary, else `m` for digits, `eng` for Latin
 * letters and digits, `x` otherwise.
 *
 * @example
 * posOf('开发区') //=> 'n'
 */
export function posOf(word: string): string {
  const slot = (word.charCodeAt(0) * 31 + word.charCodeAt(word.length - 1) * 131 + word.length * 8191) & (CACHE_SIZE - 1);
  if (cacheKeys[slot] === word) return cacheTags[slot]!;
  const dict = loadBundledJieba();
  const tag = tagName(word, 0, word.length, dict.tagIdOf(word, 0, word.length), dict.tagNames);
  cacheKeys[slot] = word;
  cacheTags[slot] = tag;
  return tag;
}
