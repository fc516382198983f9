import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, DICTIONARY_NAMES } from '../../scripts/build-opencc.js';
import { conversionChain, type ChainOptions } from '../../src/normalize/openccData.js';
import { OPENCC_DICTIONARIES, OPENCC_JS_VERSION } from '../../src/normalize/openccTables.generated.js';
import { packDictionary, unpackDictionary } from '../../src/normalize/packedDictionary.js';
import { toSimplified } from '../../src/normalize/toSimplified.js';

/**
 * The packed OpenCC tables zhnews ships (src/normalize/openccTables.generated.ts) against
 * opencc-js, the development dependency they are generated from: same dictionaries, and the same
 * conversion as opencc-js's own converters on real and adversarial text.
 */
type Convert = (text: string) => string;
interface OpenccJs {
  Converter(options: { from: string; to: string }): Convert;
}
const opencc = (await import('opencc-js').catch(() => null)) as OpenccJs | null;

const read = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

describe('packDictionary', () => {
  it('round-trips pairs and other entries, the last entry of a key winning', () => {
    const packed = packDictionary([['個', '个'], ['記憶體', '内存'], ['㗲', '𠵾'], ['個', '個']]);
    expect(packed).toEqual({ chars: '個個', words: '記憶體 内存|㗲 𠵾' });
    expect([...unpackDictionary(packed)]).toEqual([['個', '個'], ['記憶體', '内存'], ['㗲', '𠵾']]);
  });

  it('refuses an entry its separators would break', () => {
    expect(() => packDictionary([['a b', 'c']])).toThrow(/cannot pack/);
    expect(() => packDictionary([['a', 'b|c']])).toThrow(/cannot pack/);
  });
});

describe.skipIf(opencc === null)('the generated tables match opencc-js', () => {
  it('is generated from the installed opencc-js and is current (npm run build:opencc)', async () => {
    const installed = JSON.parse(readFileSync(new URL('../../node_modules/opencc-js/package.json', import.meta.url), 'utf8')) as { version: string };
    expect(OPENCC_JS_VERSION).toBe(installed.version);
    const committed = readFileSync(new URL('../../src/normalize/openccTables.generated.ts', import.meta.url), 'utf8');
    expect(committed === (await generate())).toBe(true);
  });

  it.each(DICTIONARY_NAMES)('%s holds the entries opencc-js loads', async (name) => {
    const text = ((await import(`opencc-js/dict/${name}`)) as { default: string }).default;
    // opencc-js loads entries in order, a later one replacing an earlier one for the same key
    const loaded = new Map(text.split('|').map((line) => line.split(' ') as [string, string]));
    expect(new Map(unpackDictionary(OPENCC_DICTIONARIES[name]))).toEqual(loaded);
  });

  // A small PRNG so that the generated texts are the same on every run.
  function random(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
  }

  /**
   * Phrases of the segmenting table (TSPhrases) that overlap a phrase of a later step by one
   * character, in both orders (`P + K[1:]`, `K[:-1] + P`): OpenCC cuts the text at P's edges, so
   * the later phrase K must not match across them.
   */
  function overlappingPhrases(): string[] {
    const keys = (name: (typeof DICTIONARY_NAMES)[number]): string[] => [...unpackDictionary(OPENCC_DICTIONARIES[name])].map(([k]) => k).filter((k) => k.length > 1);
    const segmenting = keys('TSPhrases');
    const later = ['HKVariantsRevPhrases', 'TWVariantsRevPhrases', 'HKPhrasesRev', 'TWPhrasesRev'].flatMap((n) => keys(n as (typeof DICTIONARY_NAMES)[number]));
    const out: string[] = [];
    for (const p of segmenting) {
      for (const k of later) {
        if (p.endsWith(k[0]!)) out.push(p + k.slice(1));
        if (p.startsWith(k[k.length - 1]!)) out.push(k.slice(0, -1) + p);
      }
    }
    return out;
  }

  /**
   * Texts made of dictionary keys and values glued together (phrases that overlap, run into each
   * other or across a segment's edge), with astral, compatibility and ideographic-description
   * characters and plain ASCII between them: where a longest-match converter can go wrong.
   */
  function adversarialTexts(count: number): string[] {
    const pieces: string[] = [];
    for (const name of DICTIONARY_NAMES) {
      for (const [key, value] of unpackDictionary(OPENCC_DICTIONARIES[name])) pieces.push(key, value);
    }
    const overlaps = overlappingPhrases();
    // ideographic descriptions whose parts OpenCC leaves unconverted, a lone surrogate, a compatibility form
    pieces.push('⿰個們', '⿱⿰國國國', '⿲', 'GDP 6.2%', '，', '\n', '𠵾', '\uD840', '豈');
    const next = random(19);
    const texts: string[] = [];
    for (let t = 0; t < count; t++) {
      let text = '';
      for (let k = 0; k < 40; k++) {
        const piece = next() < 0.2 ? overlaps[Math.floor(next() * overlaps.length)]! : pieces[Math.floor(next() * pieces.length)]!;
        // a piece cut short, so that a phrase's prefix meets another phrase
        text += next() < 0.3 ? piece.slice(0, Math.max(1, Math.floor(next() * piece.length))) : piece;
      }
      texts.push(text);
    }
    return texts;
  }

  const seedLines = [read('traditional/langfang-development-zone.hk.txt'), read('traditional/langfang-development-zone.tw.txt')];
  const cases: readonly (readonly [string, string, ChainOptions])[] = [
    ['hk', 'cn', { regions: ['hk'] }],
    ['tw', 'cn', { regions: ['tw'] }],
    ['hkp', 'cn', { regions: ['hk'], phrases: true }],
    ['twp', 'cn', { regions: ['tw'], phrases: true }],
  ];
  it.each(cases)('converts as opencc-js %s → %s does, on the seed and on 300 adversarial texts', (from, to, options) => {
    const theirs = opencc!.Converter({ from, to });
    const chain = conversionChain(options);
    const texts = [...seedLines, ...adversarialTexts(300)];
    const differing = texts.filter((t) => toSimplified(t, chain).text !== theirs(t));
    expect(differing.slice(0, 3).map((t) => [t, toSimplified(t, chain).text, theirs(t)])).toEqual([]);
  });

  it.each(['hk', 'tw'] as const)('both regions at once convert the %s seed as its own region does, back to the original', (region) => {
    const text = read(`traditional/langfang-development-zone.${region}.txt`);
    const converted = toSimplified(text).text;
    expect(converted).toBe(opencc!.Converter({ from: region, to: 'cn' })(text));
    expect(converted).toBe(read('langfang-development-zone.txt'));
  });
});
