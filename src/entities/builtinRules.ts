/**
 * File access of the tagging rules: reads the rule tables of `dict/entities/` once per process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entityDictDir } from '../dictionary/files.js';
import { compileRuleData, type RuleData } from './ruleData.js';

let rulesCache: RuleData | null = null;

/**
 * The rule data (suffixes, stop lists, places, context cues), loaded on first use and shared.
 *
 * @example
 * loadRuleData().suffixes.some((s) => s.suffix === '有限公司') //=> true
 */
export function loadRuleData(): RuleData {
  if (rulesCache) return rulesCache;
  const dir = entityDictDir();
  const read = (f: string): string => readFileSync(join(dir, f), 'utf8');
  rulesCache = compileRuleData({
    suffixes: read('suffixes.tsv'),
    notNames: read('not-names.tsv'),
    generic: read('generic-words.tsv'),
    places: read('places.tsv'),
    contexts: read('contexts.tsv'),
  });
  return rulesCache;
}
