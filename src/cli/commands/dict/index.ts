import type { Command } from 'commander';
import { registerAdd } from './add.js';
import { registerImport } from './import.js';
import { registerStats } from './stats.js';
import { registerValidate } from './validate.js';

export { collect, dictAnalyzerOptions, dictOption } from './options.js';

const HELP = `
Dictionary format: see dict/README.md (TSV: name, type, subtype, aliases, id).
Examples:
  zhnews dict validate my-orgs.tsv watch-list.tsv
  zhnews dict import --from jieba userdict.txt -o orgs.tsv
  zhnews dict import --from csv companies.csv --name-column 企业名称 --type enterprise -o companies.tsv
  zhnews dict import --from txt departments.txt --type institution --subtype government -o depts.tsv
  zhnews dict stats companies.tsv
  zhnews dict add my-orgs.tsv 蓝鲸数字科技有限公司 --type enterprise --alias 蓝鲸数科
  zhnews analyze news.txt --dict companies.tsv --dict my-orgs.tsv`;

/**
 * Registers `zhnews dict validate|import|stats|add`.
 *
 * @example
 * import { Command } from 'commander';
 * const program = new Command('zhnews');
 * registerDict(program);
 * await program.parseAsync(['node', 'zhnews', 'dict', 'validate', 'my-orgs.tsv']);
 */
export function registerDict(program: Command): void {
  const dict = program.command('dict').description('check, convert, count and extend organisation dictionaries').addHelpText('after', HELP);

  registerValidate(dict);
  registerImport(dict);
  registerStats(dict);
  registerAdd(dict);
}
