/**
 * The flags every archive command shares (`batch`, `queue add`, `worker`): how records are read
 * from JSONL/CSV, which record fields are written, and that results and errors go to two files.
 * Declared once so the commands cannot drift apart.
 */
import { Option } from 'commander';
import { resolve } from 'node:path';
import { DEFAULT_FIELDS } from '../batch/record.js';
import { ENCODINGS_HELP } from './documentFlags.js';
import { UsageError } from './usageError.js';

/** The reader flags as commander parses them. */
export interface ReaderFlags {
  readonly textField: string;
  readonly idField: string;
  readonly dateField: string;
  readonly encoding: string;
}

/**
 * `--text-field`, `--id-field`, `--date-field` and `--encoding`, as fresh options for one command.
 *
 * @example
 * for (const option of readerOptions()) command.addOption(option);
 */
export function readerOptions(): Option[] {
  return [
    new Option('--text-field <name>', 'JSONL/CSV field holding the text').default(DEFAULT_FIELDS.text),
    new Option('--id-field <name>', 'JSONL/CSV field holding the id').default(DEFAULT_FIELDS.id),
    new Option('--date-field <name>', 'JSONL/CSV field holding the article date').default(DEFAULT_FIELDS.date),
    new Option('--encoding <name>', `input encoding: ${ENCODINGS_HELP}`).default('auto'),
  ];
}

/** The record fields written when `--fields` is not given. */
export const DEFAULT_RECORD_FIELDS: readonly string[] = ['id', 'source', 'line', 'date', 'entities', 'quantities', 'statements'];

/**
 * The fields `--fields` asks for, checked against the ones the command can write, without
 * `id` (every record has it).
 *
 * @example
 * recordFieldsFlag('id,statements', ['id', 'statements', 'entities']) //=> ['statements']
 */
export function recordFieldsFlag(value: string | undefined, allowed: readonly string[]): string[] {
  const fields = value === undefined ? DEFAULT_RECORD_FIELDS : value.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = fields.filter((f) => !allowed.includes(f));
  if (unknown.length > 0) throw new UsageError(`unknown --fields ${unknown.join(', ')}; choose from ${allowed.join(', ')}`);
  return fields.filter((f) => f !== 'id');
}

/**
 * Refuses `--output` and `--errors` naming the same file (the second writer would truncate the first).
 *
 * @example
 * checkDistinctOutputs('out.jsonl', 'out.jsonl') // throws a UsageError
 */
export function checkDistinctOutputs(output: string | undefined, errors: string | undefined): void {
  if (output !== undefined && errors !== undefined && resolve(output) === resolve(errors)) {
    throw new UsageError('--output and --errors must be different files');
  }
}

/**
 * A whole-number flag of at least `min`.
 *
 * @example
 * countFlag('100', '--chunk', 1) //=> 100
 */
export function countFlag(value: string, flag: string, min: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${flag} must be a whole number ≥ ${min}, got ${value}`);
  return Number(value);
}

/**
 * A positive number of seconds (fractions allowed).
 *
 * @example
 * secondsFlag('2.5', '--max-seconds-per-document') //=> 2.5
 */
export function secondsFlag(value: string, flag: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(n > 0)) throw new UsageError(`${flag} must be a number of seconds > 0, got ${value}`);
  return n;
}
