// Browser build of segment/nativeBackends.ts: the native jieba packages need Node.
import { SegmenterUnavailableError } from '../../segment/backends.js';
import type { Segmenter } from '../../segment/segmenter.js';

const unavailable = (name: string): never => {
  throw new SegmenterUnavailableError(`segmenter '${name}' is a native Node module; outside Node use segmenter 'jieba' (the same words, no native code)`);
};

/** Always throws: nodejieba is a native Node addon. */
export function nodejiebaSegmenter(): Segmenter {
  return unavailable('nodejieba');
}

/** Always throws: @node-rs/jieba is a native Node addon. */
export function nodeRsSegmenter(): Segmenter {
  return unavailable('node-rs');
}
