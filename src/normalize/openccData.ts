import { Locale, Trie } from 'opencc-js/t2cn';

/**
 * The traditional → simplified data of OpenCC, as shipped by `opencc-js` (MIT; the dictionaries
 * are OpenCC's, Apache-2.0): nothing here is a hand-made table. Tries are built on first use,
 * so simplified-only callers never pay for them.
 */

/**
 * One conversion table. Nearly every entry maps one BMP character to one, so those sit in a flat
 * array read per unit; the trie is asked only at units where a longer key (a phrase, an astral
 * character) or a longer value starts.
 */
export interface ConversionTrie {
  /** Longest match at an offset (opencc-js's own trie over the same tables). */
  matchPrefix(text: string, offset: number): { end: number; value: string } | null;
  /** `single[c]`: the one-unit replacement of unit `c`, 0 for none. */
  readonly single: Uint16Array;
  /**
   * `starts[c]`: 1 when a key of two or more units starts with `c` (then `pairs` holds its first
   * two units), 2 when a one-unit key `c` has a longer value (always ask the trie), else 0.
   */
  readonly starts: Uint8Array;
  /** The first two units of every longer key, as `first * 0x10000 + second`. */
  readonly pairs: ReadonlySet<number>;
}

/** The conversion, in OpenCC's own order: compatibility forms, then segments, then each step. */
export interface ConversionChain {
  /** CJK compatibility ideographs to their unified characters, applied to the whole text first. */
  readonly compatibility: ConversionTrie;
  /** Phrases that must not be cut by the later steps (OpenCC segments on TSPhrases). */
  readonly segmentation: ConversionTrie;
  /** Steps applied in order to each segment. */
  readonly steps: readonly ConversionTrie[];
}

type Dict = string | readonly (readonly [string, string])[];

interface PresetConfig {
  readonly normalizationChain?: readonly (readonly Dict[])[];
  readonly segmentation: Dict | readonly Dict[];
  readonly conversionChain: readonly (readonly Dict[])[];
}

function entriesOf(dict: Dict): (readonly [string, string])[] {
  if (typeof dict !== 'string') return [...dict];
  return dict === '' ? [] : dict.split('|').map((line) => line.split(' ') as unknown as readonly [string, string]);
}

function trieOf(dicts: readonly Dict[]): ConversionTrie {
  const trie = new Trie();
  trie.loadDictGroup(dicts as Dict[]);
  const single = new Uint16Array(0x10000);
  const starts = new Uint8Array(0x10000);
  const pairs = new Set<number>();
  // Later tables first so that the first table listing a key wins, as in the trie.
  for (const dict of [...dicts].reverse()) {
    for (const [key, value] of entriesOf(dict)) {
      const first = key.charCodeAt(0);
      if (key.length === 1 && value.length === 1) single[first] = value.charCodeAt(0);
      else if (key.length === 1) starts[first] = 2;
      else if (key.length > 1) {
        if (starts[first] === 0) starts[first] = 1;
        pairs.add(first * 0x10000 + key.charCodeAt(1));
      }
    }
  }
  return { matchPrefix: (text, offset) => trie.matchPrefix(text, offset), single, starts, pairs };
}

function configOf(name: string): PresetConfig {
  const config = (Locale.configs as Record<string, PresetConfig | undefined>)[name];
  if (config === undefined) throw new Error(`opencc-js has no ${name} configuration`);
  return config;
}

const chains = new Map<boolean, ConversionChain>();

/**
 * The conversion chain of OpenCC's `hk2s` and `tw2s` configurations, both regions at once: a
 * text's region is not known, and both regions' reverse variant tables map onto OpenCC's standard
 * traditional form, so they do not compete. With `phrases` it is `hk2sp`/`tw2sp`, which also
 * rewrite regional vocabulary (軟體→软件, 記憶體→内存); the analyzer leaves that off because the
 * same tables rewrite words the mainland shares (智慧→智能, 資訊→信息, 品質→质量) and names with
 * them, which moved entity spans on the news-dev texts.
 */
export function conversionChain(phrases = false): ConversionChain {
  const cached = chains.get(phrases);
  if (cached !== undefined) return cached;
  const hk = configOf(phrases ? 'hk2sp' : 'hk2s');
  const tw = configOf(phrases ? 'tw2sp' : 'tw2s');
  const [hkRegional, hkStandard] = hk.conversionChain;
  const [twRegional] = tw.conversionChain;
  if (hkRegional === undefined || hkStandard === undefined || twRegional === undefined) throw new Error('opencc-js conversion chain changed shape');
  const segmentation = Array.isArray(hk.segmentation) ? (hk.segmentation as readonly Dict[]) : [hk.segmentation as Dict];
  // Within one trie the first table listing a key wins; the two regions' tables rarely share keys.
  const regional = [...twRegional.filter((d) => !hkRegional.includes(d)), ...hkRegional];
  const chain: ConversionChain = {
    compatibility: trieOf(hk.normalizationChain?.[0] ?? []),
    segmentation: trieOf(segmentation),
    steps: [trieOf(regional), trieOf(hkStandard)],
  };
  chains.set(phrases, chain);
  return chain;
}

/**
 * OpenCC's TSCharacters table (`個 个|們 们|…`), the traditional characters with their simplified
 * form; read for script detection without building any trie.
 */
export function traditionalCharacters(): string {
  const standard = configOf('t2s').conversionChain[0];
  const characters = standard?.[standard.length - 1];
  if (typeof characters !== 'string') throw new Error('opencc-js TSCharacters table changed shape');
  return characters;
}
