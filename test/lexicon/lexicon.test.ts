import { describe, expect, it } from 'vitest';
import * as cues from '../../src/lexicon/cues.js';
import { RELATIVE_YEARS, WINDOW_FOLLOWERS, YEAR_PARTS } from '../../src/lexicon/timeWords.js';
import { findTimeExpressions } from '../../src/time/index.js';

// Tests generated from the lexicon's own data: every entry must do what its table promises.

const linking = new Set(cues.LINKING_WORDS);
const frame = cues.FRAME_WORDS;

describe('lexicon: kind cues', () => {
  it('no word asks for two kinds', () => {
    const kinds = new Map<string, string>();
    const add = (list: readonly string[], kind: string) => {
      for (const w of list) {
        const before = kinds.get(w);
        expect(before === undefined || before === kind, `${w}: ${before} and ${kind}`).toBe(true);
        kinds.set(w, kind);
      }
    };
    add(cues.FORECAST_CUES, 'forecast');
    add(cues.MODAL_FORECAST, 'forecast');
    add(cues.TARGET_CUES, 'target');
    add(cues.FACT_CUES.filter((w) => w !== '了'), 'fact');
  });

  it.each([...cues.TARGET_CUES, ...cues.FORECAST_CUES])('%s frames a clause and never enters a metric', (w) => {
    expect(frame.has(w)).toBe(true);
  });

  it.each(cues.CLAUSE_ONLY_CUES)('clause-only cue %s is a target cue', (w) => {
    expect(cues.TARGET_CUES).toContain(w);
  });

  it.each(cues.STRONG_TARGET_CUES.filter((w) => w !== '不得' && w !== '必须'))('strong commitment %s is a target cue', (w) => {
    expect(cues.TARGET_CUES).toContain(w);
  });

  it.each(Object.entries(cues.KIND_NOUNS_AFTER))('noun %s after 的 names kind %s', (_, kind) => {
    expect(['forecast', 'target']).toContain(kind);
  });
});

describe('lexicon: change verbs and linking words', () => {
  it.each([...cues.INCREASE_VERBS, ...cues.DECREASE_VERBS])('change verb %s is a linking word (never ends a metric)', (w) => {
    expect(linking.has(w)).toBe(true);
  });

  it('no verb is both an increase and a decrease', () => {
    const up = new Set(cues.INCREASE_VERBS);
    expect(cues.DECREASE_VERBS.filter((w) => up.has(w))).toEqual([]);
  });

  it.each(cues.TO_LEVEL)('%s after a change verb makes a change to a level and links the metric', (w) => {
    expect(linking.has(w)).toBe(true);
  });
});

describe('lexicon: tables hold words', () => {
  const tables: [string, readonly string[]][] = [
    ['CAPACITY_CUES', cues.CAPACITY_CUES],
    ['CAPACITY_NOUNS', cues.CAPACITY_NOUNS],
    ['MONEY_WORDS', cues.MONEY_WORDS],
    ['MARKET_MEASURES', cues.MARKET_MEASURES],
    ['RULE_BOUNDS', cues.RULE_BOUNDS],
    ['RULE_NOUNS', cues.RULE_NOUNS],
    ['CONTRAST_WORDS', cues.CONTRAST_WORDS],
    ['YEAR_PARTS', YEAR_PARTS],
    ['WINDOW_FOLLOWERS', WINDOW_FOLLOWERS],
  ];
  // Han words, or an acronym news writes in capitals (GDP): never spaces, punctuation or digits.
  it.each(tables)('%s: non-empty Han words without duplicates', (_, list) => {
    expect(list.length).toBeGreaterThan(0);
    for (const w of list) expect(w).toMatch(/^(?:\p{Script=Han}+|[A-Z]{2,})$/u);
    expect(new Set(list).size).toBe(list.length);
  });
});

describe('lexicon: time words are read by the time stage', () => {
  it.each(Object.entries(RELATIVE_YEARS))('%s is a year %i from the article', (word, offset) => {
    const [t] = findTimeExpressions(`${word}，增长5%。`, 0, word.length + 5);
    expect(t?.text).toBe(word);
    expect(t?.meaning).toEqual({ type: 'relative', offset });
  });

  it.each(YEAR_PARTS)('%s is a part of the year in view', (word) => {
    const [t] = findTimeExpressions(`${word}，增长5%。`, 0, word.length + 5);
    expect(t?.text).toBe(word);
    expect(t?.meaning).toEqual({ type: 'current' });
  });
});
