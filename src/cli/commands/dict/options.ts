import { Option } from 'commander';
import { DictionaryError, formatDiagnostic, loadDictionaryLayer } from '../../../dictionary/index.js';

/**
 * Commander argument parser that collects a repeatable option into an array
 * (`--dict a.tsv --dict b.tsv` → `['a.tsv', 'b.tsv']`).
 *
 * @example
 * program.option('--dict <file>', 'user dictionary', collect, []);
 */
export function collect(value: string, previous: readonly string[] = []): string[] {
  return [...previous, value];
}

/**
 * The `--dict <files...>` option (several files after one flag, or repeated; later files win
 * over earlier ones and the built-ins),
 * for any command that creates analyzers.
 *
 * @example
 * program.command('batch').addOption(dictOption());
 */
export function dictOption(): Option {
  // variadic: `--dict a.tsv b.tsv` as documented, and repeatable; name the input before it
  return new Option('--dict <files...>', 'user dictionary TSVs of organisations (`--dict a.tsv b.tsv` or repeated; later files win; see dict/README.md)')
    .argParser(collect)
    .default([]);
}

/**
 * Analyzer options for the `--dict` files of a command: `{ dictionaries }`, or `{}` without
 * files. The files are checked and compiled here, once, before any worker starts: a bad file
 * throws `DictionaryError` with every `file:line: reason`, and the compiled snapshot lands in the
 * cache, so worker threads load it instead of compiling it each.
 *
 * @example
 * const analyzer = { segmenter: 'auto', ...dictAnalyzerOptions(flags.dict) };
 */
export function dictAnalyzerOptions(files: readonly string[] | undefined): { dictionaries?: string[] } {
  if (!files || files.length === 0) return {};
  const layer = loadDictionaryLayer(files.map((path) => ({ path, label: path })));
  if (layer.diagnostics.some((d) => d.severity === 'error')) throw new DictionaryError(layer.diagnostics);
  for (const d of layer.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  return { dictionaries: [...files] };
}
