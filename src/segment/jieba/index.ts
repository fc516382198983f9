// The pure-TypeScript jieba: nothing here imports a `node:` module (nodeLoader.ts is Node only).
export { JiebaDictionary, type JiebaUserWord } from './dictionary.js';
export { JiebaDictionaryError } from './binaryFormat.js';
export { createJiebaSegmenter, isSpanSegmenter, type JiebaOptions, type SpanSegmenter } from './jiebaSegmenter.js';
export { SpanBuffer } from './spanBuffer.js';
