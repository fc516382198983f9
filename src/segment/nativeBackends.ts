// Node only: the native jieba backends, loaded with `createRequire` when chosen by name. The
// browser build replaces this module with one whose backends say they need Node.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SegmenterUnavailableError } from './backends.js';
import type { Segmenter } from './segmenter.js';

const require = createRequire(import.meta.url);

interface NodejiebaModule {
  cut(sentence: string): string[];
}
interface NodeRsJieba {
  cut(sentence: string, hmm?: boolean): string[];
}
interface NodeRsModule {
  Jieba: { withDict(dict: Uint8Array): NodeRsJieba };
}

// The native modules are loaded once per process: their dictionaries are read-only here
// (zhnews never inserts words), so sharing them cannot make two analyzers interfere.
let nodejieba: NodejiebaModule | undefined;
let nodeRs: NodeRsJieba | undefined;

/**
 * Loads nodejieba's native binding directly with its own dictionary files. Its JavaScript
 * wrapper assigns the dictionary paths to undeclared variables, which leaks five globals
 * (`dict`, `hmmDict`, …) and throws where a script has a `const dict`; the binding does not.
 */
function loadNodejieba(): NodejiebaModule {
  const root = dirname(require.resolve('nodejieba/package.json'));
  const dictDir = join(root, 'submodules', 'cppjieba', 'dict');
  const binding = require(join(root, 'build', 'Release', 'nodejieba.node')) as NodejiebaModule & {
    load(dict: string, hmm: string, user: string, idf: string, stopWords: string): unknown;
  };
  binding.load(
    join(dictDir, 'jieba.dict.utf8'),
    join(dictDir, 'hmm_model.utf8'),
    join(dictDir, 'user.dict.utf8'),
    join(dictDir, 'idf.utf8'),
    join(dictDir, 'stop_words.utf8'),
  );
  return binding;
}

/** nodejieba (cppjieba), when the user has installed it. Throws SegmenterUnavailableError when it is missing. */
export function nodejiebaSegmenter(): Segmenter {
  if (!nodejieba) {
    try {
      const mod = loadNodejieba();
      mod.cut('测试'); // proves the native binding works
      nodejieba = mod;
    } catch (cause) {
      throw new SegmenterUnavailableError(
        "segmenter 'nodejieba' needs the nodejieba package (an optional peer dependency with a native build): run `npm install nodejieba`, or use segmenter 'jieba' (the same words, no native code)",
        { cause },
      );
    }
  }
  const mod = nodejieba;
  return { name: 'nodejieba', cut: (text) => mod.cut(text) };
}

/** @node-rs/jieba (jieba-rs, prebuilt binaries), when the user has installed it. Throws SegmenterUnavailableError when missing. */
export function nodeRsSegmenter(): Segmenter {
  if (!nodeRs) {
    try {
      const { Jieba } = require('@node-rs/jieba') as NodeRsModule;
      const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
      nodeRs = Jieba.withDict(dict);
    } catch (cause) {
      throw new SegmenterUnavailableError(
        "segmenter 'node-rs' needs the @node-rs/jieba package (an optional peer dependency): run `npm install @node-rs/jieba`, or use segmenter 'jieba' (no native code)",
        { cause },
      );
    }
  }
  const jieba = nodeRs;
  return { name: 'node-rs', cut: (text) => jieba.cut(text, true) };
}
