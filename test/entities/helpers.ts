import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import type { Token } from '../../src/core/types.js';

const { dict } = createRequire(import.meta.url)('@node-rs/jieba/dict') as { dict: Uint8Array };
const jieba = Jieba.withDict(dict);

/** Tokens of `text` from @node-rs/jieba's default dictionary, with offsets. */
export function jiebaTokens(text: string): Token[] {
  const out: Token[] = [];
  let pos = 0;
  for (const { word, tag } of jieba.tag(text)) {
    out.push({ start: pos, end: pos + word.length, text: word, pos: tag });
    pos += word.length;
  }
  return out;
}
