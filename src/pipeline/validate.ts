import type { AnalyzeOptions } from '../core/types.js';
import { dateProblem, normalizeDate } from '../io/date.js';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value).slice(0, 20)}`;
}

/** Throws a TypeError that says what was expected when `text` is not a string. */
export function checkText(text: unknown, where: string): asserts text is string {
  if (typeof text !== 'string') throw new TypeError(`${where} expects the text as a string, got ${describe(text)}`);
}

/**
 * Validates per-call options and returns them with the date normalised (the forms `batch` and
 * `analyzeMany` accept: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `2020/4/14`, `2020年4月14日`, ISO
 * timestamps; see `normalizeDate`).
 */
export function checkAnalyzeOptions(options: unknown): AnalyzeOptions {
  if (typeof options !== 'object' || options === null) throw new TypeError(`analyze() options must be an object, got ${describe(options)}`);
  const { date, id, script } = options as Record<string, unknown>;
  if (id !== undefined && typeof id !== 'string') throw new TypeError(`id must be a string, got ${describe(id)}`);
  if (script !== undefined && script !== 'auto' && script !== 'simplified' && script !== 'traditional') {
    throw new TypeError(`script must be 'auto', 'simplified' or 'traditional', got ${describe(script)}`);
  }
  if (date === undefined) return options as AnalyzeOptions;
  const normalized = typeof date === 'string' ? normalizeDate(date) : null;
  if (normalized === null) throw new TypeError(`date: ${dateProblem(date)}`);
  return normalized === date ? (options as AnalyzeOptions) : { ...(options as AnalyzeOptions), date: normalized };
}
