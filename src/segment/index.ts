import { nodejiebaSegmenter, nodeRsSegmenter, noneSegmenter, SegmenterUnavailableError } from './backends.js';
import type { Segmenter, SegmenterChoice } from './segmenter.js';

export type { Segmenter, SegmenterChoice, TaggedWord } from './segmenter.js';
export { SegmenterUnavailableError, noneSegmenter } from './backends.js';
export { tokenizeRange } from './tokenize.js';
export { keepWhole, type WholeSpan } from './keepWhole.js';
export { findAtomicSpans, type AtomicSpan } from './atomicSpans.js';

/**
 * Resolves a segmenter choice. `'auto'` takes nodejieba when its native binding loads and
 * falls back to @node-rs/jieba.
 *
 * @example
 * createSegmenter('node-rs').name //=> 'node-rs'
 */
export function createSegmenter(choice: SegmenterChoice = 'auto'): Segmenter {
  if (typeof choice === 'object' && choice !== null) {
    if (typeof choice.cut !== 'function') throw new TypeError('a custom segmenter must have a cut(text) method');
    return choice;
  }
  switch (choice) {
    case 'nodejieba':
      return nodejiebaSegmenter();
    case 'node-rs':
      return nodeRsSegmenter();
    case 'none':
      return noneSegmenter;
    case 'auto':
      try {
        return nodejiebaSegmenter();
      } catch (error) {
        if (error instanceof SegmenterUnavailableError) return nodeRsSegmenter();
        throw error;
      }
    default:
      throw new TypeError(`segmenter must be 'auto', 'nodejieba', 'node-rs', 'none' or a Segmenter, got ${JSON.stringify(choice)}`);
  }
}
