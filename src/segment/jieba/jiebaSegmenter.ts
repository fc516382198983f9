import type { Segmenter, TaggedWord } from '../segmenter.js';
import { JiebaDictionary, type JiebaUserWord } from './dictionary.js';
import { HiddenMarkov } from './hmm.js';
import { isHigh, isLow, MaxProbability } from './maxProbability.js';
import { SpanBuffer } from './spanBuffer.js';
import { TagSet } from '../tagSet.js';
import { RULE_TAGS, ruleTagIndex, tagName } from './tagName.js';

/** Options of the pure-TypeScript jieba segmenter. */
export interface JiebaOptions {
  /**
   * Find words outside the dictionary with jieba's HMM, like `nodejieba.cut(text, true)`.
   * Default false, like `nodejieba.cut(text)`.
   */
  readonly hmm?: boolean;
  /** Words added to the dictionary (a string weighs the median weight and has no tag). */
  readonly userWords?: readonly (string | JiebaUserWord)[];
  /**
   * The compiled dictionary: its bytes (`dist/jieba.dict` of the package, e.g. fetched in a
   * browser) or a loaded {@link JiebaDictionary}. In Node the bundled file is the default.
   */
  readonly dictionary?: Uint8Array | JiebaDictionary;
}

/** A segmenter that can also write word spans into typed arrays (the analyzer's fast path). */
export interface SpanSegmenter extends Segmenter {
  /** Appends the words of `text[from, to)` to `out` (tag ids as in {@link SpanSegmenter.tagOf}). */
  cutSpans(text: string, from: number, to: number, out: SpanBuffer): void;
  /** The POS tag of the word `text[start, end)` that `cutSpans` gave tag id `id`. */
  tagOf(text: string, start: number, end: number, id: number): string;
  /** Names of the ids {@link SpanSegmenter.tagIdOf} returns (a dictionary tag id is the same id here). */
  readonly tagSet: TagSet;
  /** As {@link SpanSegmenter.tagOf}, as an id in `tagSet`. */
  tagIdOf(text: string, start: number, end: number, id: number): number;
  /** {@link SpanSegmenter.cutSpans} with the tags as ids in `tagSet` (what `tagIdOf` gives). */
  cutTagged(text: string, from: number, to: number, out: SpanBuffer): void;
}

// cppjieba's separators: the DP never runs across them, and each is a word of its own.
function isSeparator(c: number): boolean {
  // Han characters (nearly every unit) lie between 。 and ，: one comparison for them
  if (c > 0x3002 && c < 0xff0c) return false;
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0xff0c || c === 0x3002;
}

/**
 * jieba in pure TypeScript: cppjieba's maximum-probability segmentation over the compiled
 * dictionary, with its HMM for unknown words when `hmm` is on. Gives the same words as
 * nodejieba and needs no native code, so it runs in Node, browsers, Deno and Bun.
 *
 * @example
 * const jieba = createJiebaSegmenter(JiebaDictionary.fromBytes(bytes), { hmm: false });
 * jieba.cut('廊坊开发区投入资金') //=> ['廊坊', '开发区', '投入', '资金']
 */
export function createJiebaSegmenter(dictionary: JiebaDictionary, options: Omit<JiebaOptions, 'dictionary'> = {}): SpanSegmenter {
  if (typeof options !== 'object' || options === null) throw new TypeError('jieba options must be an object');
  if (options.hmm !== undefined && typeof options.hmm !== 'boolean') throw new TypeError('jieba option hmm must be a boolean');
  if (options.userWords !== undefined && !Array.isArray(options.userWords)) throw new TypeError('jieba option userWords must be an array');
  const dict =
    options.userWords && options.userWords.length > 0
      ? dictionary.withUserWords(options.userWords.map((u) => (typeof u === 'string' ? { word: u } : u)))
      : dictionary;
  const mp = new MaxProbability(dict);
  const hmm = options.hmm === true ? new HiddenMarkov(dict) : null;
  const scratch = new SpanBuffer();

  const cutRun = (text: string, from: number, to: number, out: SpanBuffer): void => {
    if (hmm === null) {
      mp.cut(text, from, to, out);
      return;
    }
    // MixSegment: dictionary words stay; runs of single characters (other than single-character
    // user words) go to the HMM together.
    scratch.clear();
    mp.cut(text, from, to, scratch);
    const { starts, ends, tags } = scratch;
    for (let i = 0; i < scratch.length; ) {
      if (!isSingle(text, starts[i]!, ends[i]!) || dict.userSingles.has(text.codePointAt(starts[i]!)!)) {
        out.push(starts[i]!, ends[i]!, tags[i]!);
        i++;
        continue;
      }
      let j = i;
      while (j < scratch.length && isSingle(text, starts[j]!, ends[j]!) && !dict.userSingles.has(text.codePointAt(starts[j]!)!)) j++;
      hmm.cut(text, starts[i]!, ends[j - 1]!, out);
      i = j;
    }
  };

  const cutSpans = (text: string, from: number, to: number, out: SpanBuffer): void => {
    let runStart = from;
    for (let i = from; i < to; i++) {
      if (!isSeparator(text.charCodeAt(i))) continue;
      if (i > runStart) cutRun(text, runStart, i, out);
      out.push(i, i + 1, dict.tagIdOf(text, i, i + 1));
      runStart = i + 1;
    }
    if (to > runStart) cutRun(text, runStart, to, out);
  };

  const tagOf = (text: string, start: number, end: number, id: number): string => tagName(text, start, end, id, dict.tagNames);
  const tagSet = new TagSet(dict.tagNames);
  const ruleIds = RULE_TAGS.map((t) => tagSet.idOf(t));
  const tagIdOf = (text: string, start: number, end: number, id: number): number => {
    const rule = ruleTagIndex(text, start, end, id);
    return rule < 0 ? id : ruleIds[rule]!;
  };

  // Tag id of each one-unit word by its unit (about half of all words): a one-unit word's
  // dictionary entry, hence its tag, depends on the unit alone. -2: not looked up yet.
  const unitTags = new Int32Array(0x10000).fill(-2);
  const cutTagged = (text: string, from: number, to: number, out: SpanBuffer): void => {
    const first = out.length;
    cutSpans(text, from, to, out);
    const { starts, ends, tags } = out;
    for (let k = first; k < out.length; k++) {
      const s = starts[k]!;
      const e = ends[k]!;
      if (e - s !== 1) {
        tags[k] = tagIdOf(text, s, e, tags[k]!);
        continue;
      }
      const c = text.charCodeAt(s);
      let id = unitTags[c]!;
      if (id === -2) unitTags[c] = id = tagIdOf(text, s, e, dict.tagIdOf(text, s, e));
      tags[k] = id;
    }
  };

  const spans = (text: string): SpanBuffer => {
    if (typeof text !== 'string') throw new TypeError('jieba cut() expects a string');
    const out = new SpanBuffer(Math.max(16, text.length >> 1));
    cutSpans(text, 0, text.length, out);
    return out;
  };

  return {
    name: 'jieba',
    cut(text) {
      const out = spans(text);
      const words: string[] = new Array<string>(out.length);
      for (let i = 0; i < out.length; i++) words[i] = text.slice(out.starts[i], out.ends[i]);
      return words;
    },
    tag(text) {
      const out = spans(text);
      const words: TaggedWord[] = new Array<TaggedWord>(out.length);
      for (let i = 0; i < out.length; i++) {
        const s = out.starts[i]!;
        const e = out.ends[i]!;
        words[i] = { word: text.slice(s, e), tag: tagOf(text, s, e, out.tags[i]!) };
      }
      return words;
    },
    cutSpans,
    tagOf,
    tagSet,
    tagIdOf,
    cutTagged,
  };
}

/** True when `text[start, end)` is one character (one unit, or one surrogate pair). */
function isSingle(text: string, start: number, end: number): boolean {
  return end - start === 1 || (end - start === 2 && isHigh(text.charCodeAt(start)) && isLow(text.charCodeAt(start + 1)));
}

/** True when `segmenter` offers the typed-array fast path. */
export function isSpanSegmenter(segmenter: Segmenter): segmenter is SpanSegmenter {
  return typeof (segmenter as Partial<SpanSegmenter>).cutSpans === 'function' && typeof (segmenter as Partial<SpanSegmenter>).tagOf === 'function';
}
