import { noneSegmenter } from './backends.js';
import { nodejiebaSegmenter, nodeRsSegmenter } from './nativeBackends.js';
import { createJiebaSegmenter, JiebaDictionary, type JiebaOptions } from './jieba/index.js';
import { loadBundledJieba } from './jieba/nodeLoader.js';
import { checkedSegmenter } from './customSegmenter.js';
import type { Segmenter, SegmenterChoice } from './segmenter.js';

export type { Segmenter, SegmenterChoice, TaggedWord } from './segmenter.js';
export { SegmenterUnavailableError, noneSegmenter } from './backends.js';
export { tokenizeRange } from './tokenize.js';
export { keepWhole, type WholeSpan } from './keepWhole.js';
export { findAtomicSpans, type AtomicSpan } from './atomicSpans.js';
export { createJiebaSegmenter, JiebaDictionary, JiebaDictionaryError, type JiebaOptions, type JiebaUserWord } from './jieba/index.js';

/**
 * Resolves a segmenter choice. `'auto'` and `'jieba'` are the pure-TypeScript jieba (no native
 * code; `options` apply to it only); `'nodejieba'` and `'node-rs'` load those packages when
 * they are installed; `'none'` cuts characters.
 *
 * @example
 * createSegmenter('jieba', { hmm: true }).cut('他来到了网易杭研大厦') //=> ['他', '来到', '了', '网易', '杭研', '大厦']
 */
export function createSegmenter(choice: SegmenterChoice = 'auto', options: JiebaOptions = {}): Segmenter {
  if (typeof choice === 'object' && choice !== null) {
    if (typeof choice.cut !== 'function') throw new TypeError('a custom segmenter must have a cut(text) method');
    return checkedSegmenter(choice);
  }
  switch (choice) {
    case 'auto':
    case 'jieba':
      return jiebaSegmenter(options);
    case 'nodejieba':
      return nodejiebaSegmenter();
    case 'node-rs':
      return nodeRsSegmenter();
    case 'none':
      return noneSegmenter;
    default:
      throw new TypeError(`segmenter must be 'auto', 'jieba', 'nodejieba', 'node-rs', 'none' or a Segmenter, got ${JSON.stringify(choice)}`);
  }
}

function jiebaSegmenter(options: JiebaOptions): Segmenter {
  if (typeof options !== 'object' || options === null) throw new TypeError('segmenter options must be an object');
  const { dictionary, ...rest } = options;
  const dict =
    dictionary === undefined ? loadBundledJieba() : dictionary instanceof JiebaDictionary ? dictionary : JiebaDictionary.fromBytes(dictionary);
  return createJiebaSegmenter(dict, rest);
}
