import type { AnalyzeOptions } from '../core/types.js';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value).slice(0, 20)}`;
}

/** Throws a TypeError that says what was expected when `text` is not a string. */
export function checkText(text: unknown, where: string): asserts text is string {
  if (typeof text !== 'string') throw new TypeError(`${where} expects the text as a string, got ${describe(text)}`);
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Validates per-call options: `date` must be `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function checkAnalyzeOptions(options: unknown): asserts options is AnalyzeOptions {
  if (typeof options !== 'object' || options === null) throw new TypeError(`analyze() options must be an object, got ${describe(options)}`);
  const { date, id, script } = options as Record<string, unknown>;
  if (date !== undefined && (typeof date !== 'string' || !DATE.test(date))) {
    throw new TypeError(`date must be a string like 2020-04-14 (YYYY, YYYY-MM or YYYY-MM-DD), got ${describe(date)}`);
  }
  if (id !== undefined && typeof id !== 'string') throw new TypeError(`id must be a string, got ${describe(id)}`);
  if (script !== undefined && script !== 'auto' && script !== 'simplified' && script !== 'traditional') {
    throw new TypeError(`script must be 'auto', 'simplified' or 'traditional', got ${describe(script)}`);
  }
}
