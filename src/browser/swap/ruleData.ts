// Browser build of entities/builtinRules.ts: the rule tables come from the loaded package files.
import type { RuleData } from '../../entities/ruleData.js';
import { compileRuleFiles } from '../../entities/ruleFiles.js';
import { packageText } from '../packageData.js';

let rulesCache: RuleData | null = null;

/** The rule data of the loaded package files, compiled once. */
export function loadRuleData(): RuleData {
  rulesCache ??= compileRuleFiles((f) => packageText(`dict/entities/${f}`));
  return rulesCache;
}
