import type { Analysis, AnalyzeOptions, Cue, Entity, Horizon, Quantity, Sentence, Statement, Token } from '../core/types.js';
import { createEntityTagger, type DictionaryCacheOptions, type DictionaryEntryInput, type EntityTagger } from '../entities/index.js';
import { tagTokenArrays } from '../entities/tagger.js';
import { normalize, SpanMap } from '../normalize/normalize.js';
import { extractQuantities } from '../numbers/index.js';
import { splitSentences } from '../sentences/splitSentences.js';
import { createSegmenter, type Segmenter, type SegmenterChoice } from '../segment/index.js';
import { realignTable } from '../segment/realign.js';
import { appendTokens, tagSetOf } from '../segment/tokenize.js';
import { TokenTable } from '../segment/tokenTable.js';
import { buildStatements } from '../statements/buildStatements.js';
import { checkAnalyzeOptions, checkText } from './validate.js';

/** Options for {@link createAnalyzer}. Everything here belongs to the analyzer it creates. */
export interface AnalyzerOptions {
  /** Word segmenter: `'auto'` (default: the pure-TypeScript jieba), `'jieba'`, `'nodejieba'`, `'node-rs'`, `'none'`, or your own (e.g. `createSegmenter('jieba', { hmm: true })`). */
  readonly segmenter?: SegmenterChoice;
  /** Use the built-in organisation dictionaries (default true). */
  readonly builtins?: boolean;
  /** User dictionary files (TSV, see dict/README.md); later files win over earlier ones and the built-ins. */
  readonly dictionaries?: readonly (string | URL)[];
  /** Entries added at runtime; they win over every file. */
  readonly entries?: readonly DictionaryEntryInput[];
  /**
   * Cache of compiled dictionary files (binary snapshots keyed by a hash of the files; see
   * docs/dictionaries.md). Default: on, in `$ZHNEWS_CACHE_DIR` or `node_modules/.cache/zhnews`
   * (else `~/.cache/zhnews`), for files of 256 KB and more; `false` turns it off.
   */
  readonly dictionaryCache?: DictionaryCacheOptions | false;
  /**
   * Run the learned organisation recogniser after the rules and dictionaries (default true);
   * `false` gives the rules and dictionaries alone (faster, and only listed or suffixed names).
   */
  readonly learned?: boolean;
}

/** An analyzer: an immutable value holding its own segmenter and dictionaries. */
export interface Analyzer {
  /** Name of the segmenter in use (`'jieba'`, `'nodejieba'`, `'node-rs'`, `'none'` or yours). */
  readonly segmenter: string;
  /**
   * Analyses one document. Throws a TypeError when `text` is not a string or an option is malformed.
   *
   * @example
   * const doc = analyzer.analyze('今年，廊坊开发区将投入至少1.8亿元。', { date: '2020-04-14' });
   * doc.statements[0] //=> { kind: 'target', comparator: 'gte', value: 180000000, unit: 'CNY', text: '至少1.8亿元', … }
   */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /**
   * A NEW analyzer with these dictionary entries added; this one is unchanged. The segmenter,
   * the built-in dictionary and the compiled user files are shared, not reloaded: only the
   * runtime entries are compiled again. An entry with the name of an earlier runtime entry
   * replaces it; runtime entries win over every file. Throws `DictionaryError` for a bad entry.
   *
   * @example
   * const a2 = analyzer.withEntries([{ name: '蓝鲸数字科技有限公司', type: 'enterprise', aliases: ['蓝鲸数科'] }]);
   * a2.analyze('蓝鲸数科发布新品').entities[0]?.canonical //=> '蓝鲸数字科技有限公司'
   */
  withEntries(entries: readonly DictionaryEntryInput[]): Analyzer;
  /**
   * A NEW analyzer without the entries of these canonical names (runtime entries are dropped;
   * built-in and file entries, with their aliases, are hidden); this one is unchanged. Nothing
   * is reloaded. The suffix rules may still find a hidden name that has an organisation suffix.
   *
   * @example
   * const a3 = analyzer.withoutEntries(['蓝鲸数字科技有限公司']);
   */
  withoutEntries(names: readonly string[]): Analyzer;
}

/**
 * Creates an analyzer. Each analyzer is independent: its dictionaries are its own and nothing
 * one does changes another.
 *
 * @example
 * import { createAnalyzer } from 'zhnews';
 * const analyzer = await createAnalyzer({ dictionaries: ['./watch-list.tsv'] });
 * const doc = analyzer.analyze(text, { date: '2020-04-14' });
 * doc.entities.map((e) => e.canonical);
 */
export async function createAnalyzer(options: AnalyzerOptions = {}): Promise<Analyzer> {
  return createAnalyzerSync(options);
}

/**
 * The synchronous form of {@link createAnalyzer}, for scripts and worker threads.
 *
 * @example
 * const analyzer = createAnalyzerSync({ segmenter: 'node-rs' });
 */
export function createAnalyzerSync(options: AnalyzerOptions = {}): Analyzer {
  if (typeof options !== 'object' || options === null) throw new TypeError('createAnalyzer() expects an options object');
  const segmenter = createSegmenter(options.segmenter ?? 'auto');
  const tagger = createEntityTagger({
    ...(options.builtins !== undefined ? { builtins: options.builtins } : {}),
    ...(options.dictionaries !== undefined ? { dictionaries: options.dictionaries } : {}),
    ...(options.entries !== undefined ? { entries: options.entries } : {}),
    ...(options.dictionaryCache !== undefined ? { cache: options.dictionaryCache } : {}),
    ...(options.learned !== undefined ? { learned: options.learned } : {}),
  });
  return makeAnalyzer(segmenter, tagger);
}

function makeAnalyzer(segmenter: Segmenter, tagger: EntityTagger): Analyzer {
  const analyzer: Analyzer = {
    segmenter: segmenter.name,
    analyze(text, analyzeOptions = {}) {
      checkText(text, 'analyze()');
      return analyzeDocument(segmenter, tagger, text, checkAnalyzeOptions(analyzeOptions));
    },
    withEntries: (entries) => makeAnalyzer(segmenter, tagger.withEntries(entries)),
    withoutEntries: (names) => makeAnalyzer(segmenter, tagger.withoutEntries(names)),
  };
  return Object.freeze(analyzer);
}

/**
 * The pipeline, in its one fixed order: normalise, split sentences, segment, tag entities (and
 * re-cut tokens at their edges), find quantities, build statements; then map every span back
 * to the caller's original text.
 */
function analyzeDocument(segmenter: Segmenter, tagger: EntityTagger, original: string, options: AnalyzeOptions): Analysis {
  const norm = normalize(original, options.script !== undefined ? { script: options.script } : {});
  const text = norm.text;
  const ranges = splitSentences(text);
  // Tokens stay in typed arrays from the segmenter through re-cutting at entity edges and the
  // statements; objects are made only when the caller reads `doc.tokens`.
  const cut = new TokenTable(text, tagSetOf(segmenter), text.length >> 1);
  for (const r of ranges) appendTokens(segmenter, text, r.start, r.end, cut);
  const entities = tagTokenArrays(tagger, text, cut);
  const table = realignTable(cut, entities);
  const quantities = extractQuantities(text);
  // Statements come from quantities only: without any, there are none to build.
  const statements = quantities.length === 0 ? [] : buildStatements({ text, sentences: ranges, tokens: table, entities, quantities, date: options.date });
  const head = {
    ...(options.id !== undefined ? { id: options.id } : {}),
    ...(options.date !== undefined ? { date: options.date } : {}),
    text: original,
    script: norm.script,
  };
  // Normalisation changed nothing (most clean text): every offset is already the original's.
  if (text === original) {
    return withLazyTokens(
      {
        ...head,
        sentences: ranges.map((r): Sentence => ({ start: r.start, end: r.end, text: original.slice(r.start, r.end), paragraph: r.paragraph, heading: r.heading })),
        tokens: PENDING,
        entities,
        quantities,
        statements,
      },
      () => table.toArray(),
    );
  }

  // Map every span back, keeping an item's own text where the original reads the same there.
  // `place` leaves the original's start, end and text in `at` (no object per span); each kind
  // of item is copied once, by its own spread, only when one of the three changed.
  const spans = new SpanMap(norm);
  const at = { start: 0, end: 0, text: '' };
  const place = (start: number, end: number, text: string): boolean => {
    const same = spans.map(start, end);
    at.start = spans.start;
    at.end = spans.end;
    at.text = same ? text : original.slice(spans.start, spans.end);
    return at.start === start && at.end === end && at.text === text;
  };
  const backEntity = (e: Entity): Entity => (place(e.start, e.end, e.text) ? e : { ...e, start: at.start, end: at.end, text: at.text });
  const backNumeral = (n: Quantity['numeral']): Quantity['numeral'] => (place(n.start, n.end, n.text) ? n : { ...n, start: at.start, end: at.end, text: at.text });
  const backCue = (c: Cue): Cue => (place(c.start, c.end, c.text) ? c : { ...c, start: at.start, end: at.end, text: at.text });
  // A horizon written in the text maps like any span; one from the report section has none.
  const backHorizon = (h: Horizon | null): Horizon | null => {
    if (h === null || h.start === undefined || h.end === undefined) return h;
    place(h.start, h.end, h.text);
    return { ...h, start: at.start, end: at.end, text: at.text };
  };
  return withLazyTokens(
    {
      ...head,
      sentences: ranges.map((r): Sentence => {
        spans.map(r.start, r.end);
        return { start: spans.start, end: spans.end, text: original.slice(spans.start, spans.end), paragraph: r.paragraph, heading: r.heading };
      }),
      tokens: PENDING,
      entities: entities.map(backEntity),
      quantities: quantities.map((q): Quantity => {
        const numeral = backNumeral(q.numeral);
        place(q.start, q.end, q.text);
        return { ...q, start: at.start, end: at.end, text: at.text, numeral };
      }),
      statements: statements.map((s): Statement => {
        const cues = s.cues.map(backCue);
        const horizon = backHorizon(s.horizon);
        place(s.start, s.end, s.text);
        return { ...s, start: at.start, end: at.end, text: at.text, cues, horizon };
      }),
    },
    () =>
      table.toArray().map((t): Token => {
        const same = spans.map(t.start, t.end);
        if (same && spans.start === t.start) return t;
        return { start: spans.start, end: spans.end, text: same ? t.text : original.slice(spans.start, spans.end), pos: t.pos };
      }),
  );
}

// Placeholder holding the place of `tokens` in the key order until withLazyTokens replaces it.
const PENDING: readonly Token[] = Object.freeze([]);

/**
 * Makes `analysis.tokens` an enumerable accessor that builds the tokens on first read and
 * then becomes a plain data property (same key order). JSON.stringify, structuredClone (and so
 * postMessage), spread and Object.entries read it like any property; a caller who never reads
 * the tokens never pays for their objects.
 *
 * The getter and setter are the same two functions for every result, and what a result needs to
 * build its tokens sits on the result itself, under a non-enumerable symbol (invisible to JSON,
 * structuredClone and spread). Closures made per result as the accessor (in the object's hidden
 * class), or a WeakMap beside it, kept every document's tables alive past the young generation:
 * a third of what analyze() allocated survived each scavenge, and the collector's copying was a
 * fifth of analyze()'s time.
 */
function withLazyTokens(analysis: Analysis, build: () => readonly Token[]): Analysis {
  Object.defineProperty(analysis, BUILD_TOKENS, { value: build, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(analysis, 'tokens', { get: readTokens, set: writeTokens, enumerable: true, configurable: true });
  return analysis;
}

const BUILD_TOKENS = Symbol('zhnews.buildTokens');

interface Pending {
  [BUILD_TOKENS]?: (() => readonly Token[]) | null;
}

// The result the accessor was defined on (`this`, or the object `this` inherits it from).
function ownerOf(self: object): Pending | null {
  for (let o: object | null = self; o !== null; o = Object.getPrototypeOf(o) as object | null) {
    if (Object.prototype.hasOwnProperty.call(o, BUILD_TOKENS)) return o as Pending;
  }
  return null;
}

function settleTokens(owner: Pending, value: readonly Token[]): void {
  owner[BUILD_TOKENS] = null; // the tables are no longer needed
  Object.defineProperty(owner, 'tokens', { value, writable: true, enumerable: true, configurable: true });
}

function readTokens(this: object): readonly Token[] {
  const owner = ownerOf(this);
  const build = owner?.[BUILD_TOKENS];
  if (owner === null || !build) return PENDING;
  const value = build();
  settleTokens(owner, value);
  return value;
}

function writeTokens(this: object, value: readonly Token[]): void {
  const owner = ownerOf(this);
  if (owner !== null) settleTokens(owner, value);
}
