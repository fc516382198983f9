import { ConversionTable } from './conversionTable.js';
import { OPENCC_DICTIONARIES as D } from './openccTables.generated.js';

/**
 * The traditional → simplified data of OpenCC (Apache-2.0; packed at build time from the
 * opencc-js package by `scripts/build-opencc.ts`, so nothing is hand-made and opencc-js is not
 * needed at run time). Tables are built on first use, so simplified-only callers never pay for them.
 */

/** The conversion, in OpenCC's own order: compatibility forms, then segments, then each step. */
export interface ConversionChain {
  /** CJK compatibility ideographs to their unified characters, applied to the whole text first. */
  readonly compatibility: ConversionTable;
  /** Phrases that must not be cut by the later steps (OpenCC segments on TSPhrases). */
  readonly segmentation: ConversionTable;
  /** Steps applied in order to each segment. */
  readonly steps: readonly ConversionTable[];
}

/** A region whose variant forms the chain reads: Hong Kong (`hk2s`) and/or Taiwan (`tw2s`). */
export type Region = 'hk' | 'tw';

/** Options of {@link conversionChain}. */
export interface ChainOptions {
  /**
   * Also rewrite regional vocabulary (`hk2sp`/`tw2sp`: 軟體→软件, 記憶體→内存). Off for analysis:
   * the same tables rewrite words the mainland shares (智慧→智能, 資訊→信息, 品質→质量) and names
   * with them, which moved entity spans on the news-dev texts.
   */
  readonly phrases?: boolean;
  /** The regions whose variant tables are read, first listed wins a shared key; both by default. */
  readonly regions?: readonly Region[];
}

const chains = new Map<string, ConversionChain>();
let shared: { compatibility: ConversionTable; phrases: ConversionTable; standard: ConversionTable } | undefined;

/**
 * The conversion chain of OpenCC's `hk2s` and `tw2s` configurations, by default both regions at
 * once: a text's region is not known, and both regions' reverse variant tables map onto OpenCC's
 * standard traditional form, so they hardly compete (where they share a key, Taiwan's entry is
 * read first). One region alone is exactly that region's OpenCC configuration.
 *
 * @example
 * toSimplified('記憶體', conversionChain({ phrases: true })).text //=> '内存'
 * toSimplified('着', conversionChain({ regions: ['tw'] })).text //=> '着'
 */
export function conversionChain(options: ChainOptions = {}): ConversionChain {
  const phrases = options.phrases ?? false;
  const regions = options.regions ?? ['tw', 'hk'];
  const key = `${phrases}:${regions.join(',')}`;
  const cached = chains.get(key);
  if (cached !== undefined) return cached;
  shared ??= {
    compatibility: new ConversionTable([D.CJK_Compatibility_Ideographs]),
    phrases: new ConversionTable([D.TSPhrases]),
    standard: new ConversionTable([D.TSPhrases, D.TSCharacters]),
  };
  const regional = regions.flatMap((region) =>
    region === 'hk'
      ? [...(phrases ? [D.HKPhrasesRev] : []), D.HKVariantsRevPhrases, D.HKVariantsRev]
      : [...(phrases ? [D.TWPhrasesRev] : []), D.TWVariantsRevPhrases, D.TWVariantsRev],
  );
  const chain: ConversionChain = {
    compatibility: shared.compatibility,
    segmentation: shared.phrases,
    steps: [new ConversionTable(regional), shared.standard],
  };
  chains.set(key, chain);
  return chain;
}
