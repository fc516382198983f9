/**
 * File access of the tagging rules: reads the rule tables of `dict/entities/` once per process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entityDictDir } from '../dictionary/files.js';
import type { RuleData } from './ruleData.js';
import { compileRuleFiles } from './ruleFiles.js';

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
  rulesCache = compileRuleFiles((f) => readFileSync(join(dir, f), 'utf8'));
  return rulesCache;
}
