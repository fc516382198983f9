/**
 * Article dates: the one rule for what `analyze()`, `analyzeMany()`, `batch` and the CLI's
 * `--date` accept, and the one message for what they refuse.
 */

const YMD = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})(?:日|(?=[T\s])|$)/;
const YM = /^(\d{4})(?:[-/.年](\d{1,2})月?)?$/;

/** Days in a month of the proleptic Gregorian calendar. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Normalises an article date: `YYYY`, `YYYY-MM` and `YYYY-MM-DD` pass; dates written
 * `2020/4/14`, `2020.04.14`, `2020年4月14日` or ISO timestamps (`2020-04-14T08:30:00+08:00`)
 * become `YYYY-MM-DD`. Returns null for anything else, including days that do not exist
 * (`2020-13-45`, `2021-02-29`).
 *
 * @example
 * normalizeDate('2020-04-14T08:30:00+08:00') //=> '2020-04-14'
 * normalizeDate('2020年4月14日') //=> '2020-04-14'
 * normalizeDate('2020-13-45') //=> null
 */
export function normalizeDate(value: string): string | null {
  const trimmed = value.trim();
  const pad = (n: number): string => String(n).padStart(2, '0');
  const ym = YM.exec(trimmed);
  if (ym) {
    if (ym[2] === undefined) return ym[1]!;
    const month = Number(ym[2]);
    return month >= 1 && month <= 12 ? `${ym[1]}-${pad(month)}` : null;
  }
  const m = YMD.exec(trimmed);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${m[1]}-${pad(month)}-${pad(day)}`;
}

/**
 * The message for a value that is not an article date, the same wherever a date is given.
 *
 * @example
 * dateProblem('2020-13-45') //=> 'not a date: "2020-13-45" (use YYYY-MM-DD, YYYY-MM or YYYY; 2020/4/14, 2020年4月14日 and ISO timestamps work too)'
 */
export function dateProblem(value: unknown): string {
  const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : value === null ? 'null' : typeof value;
  return `not a date: ${shown} (use YYYY-MM-DD, YYYY-MM or YYYY; 2020/4/14, 2020年4月14日 and ISO timestamps work too)`;
}
