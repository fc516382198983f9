/**
 * Which file of `dict/entities/` holds which rule table: one list for the Node loader
 * (`builtinRules.ts`, from disk) and the browser build (from the fetched package files).
 */
import { compileRuleData, type RuleData } from './ruleData.js';

/** The rule tables, each by the file it is read from. */
export const RULE_FILES = {
  suffixes: 'suffixes.tsv',
  notNames: 'not-names.tsv',
  generic: 'generic-words.tsv',
  places: 'places.tsv',
  contexts: 'contexts.tsv',
} as const;

/**
 * Compiles the rule data from the rule files, read through `read` (file name → its text).
 *
 * @example
 * compileRuleFiles((file) => readFileSync(join(dir, file), 'utf8')).suffixes.length > 0 //=> true
 */
export function compileRuleFiles(read: (file: string) => string): RuleData {
  const texts = Object.fromEntries(Object.entries(RULE_FILES).map(([table, file]) => [table, read(file)]));
  return compileRuleData(texts as Record<keyof typeof RULE_FILES, string>);
}
