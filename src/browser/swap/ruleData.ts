// Browser build of entities/builtinRules.ts: the rule tables come from the loaded package files.
import { compileRuleData, type RuleData } from '../../entities/ruleData.js';
import { packageText } from '../packageData.js';

let rulesCache: RuleData | null = null;

/** The rule data of the loaded package files, compiled once. */
export function loadRuleData(): RuleData {
  const read = (f: string): string => packageText(`dict/entities/${f}`);
  rulesCache ??= compileRuleData({
    suffixes: read('suffixes.tsv'),
    notNames: read('not-names.tsv'),
    generic: read('generic-words.tsv'),
    places: read('places.tsv'),
    contexts: read('contexts.tsv'),
  });
  return rulesCache;
}
