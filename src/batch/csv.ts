/**
 * CSV (RFC 4180) for batch input and output: a streaming record parser that tolerates any chunk
 * boundary and reports broken records as data, and a cell formatter.
 */

/** One parsed CSV record, or a broken one, with the 1-based line it starts on. */
export type CsvRecord =
  | { readonly ok: true; readonly line: number; readonly cells: string[] }
  | { readonly ok: false; readonly line: number; readonly message: string };

/**
 * A push parser: feed it string chunks, collect the complete records; `end()` returns the last
 * record, or a broken one for an unterminated quote. Blank lines are no records.
 *
 * @example
 * const p = new CsvParser();
 * p.push('id,text\n1,"a, ""b"""\n') //=> [{ ok: true, line: 1, cells: ['id', 'text'] }, { ok: true, line: 2, cells: ['1', 'a, "b"'] }]
 */
export class CsvParser {
  private cells: string[] = [];
  private cell = '';
  private quoted = false;
  private afterQuote = false;
  private pendingQuote = false;
  private line = 1;
  private recordLine = 1;
  private recordChars = 0;
  private oversized = false;

  /** @param maxRecordChars A record longer than this becomes a broken record (bounded memory). */
  constructor(private readonly maxRecordChars = 64 * 1024 * 1024) {}

  /** Parses a chunk and returns the records it completed. */
  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (this.pendingQuote) {
        this.pendingQuote = false;
        if (c === '"') {
          this.append('"');
          continue;
        }
        this.quoted = false;
        this.afterQuote = true;
      }
      if (this.quoted) {
        if (c === '"') this.pendingQuote = true;
        else {
          if (c === '\n') this.line++;
          this.append(c);
        }
        continue;
      }
      if (c === ',') {
        this.cells.push(this.cell);
        this.cell = '';
        this.afterQuote = false;
      } else if (c === '\n') {
        const record = this.finish();
        this.line++;
        this.recordLine = this.line;
        if (record) out.push(record);
      } else if (c === '\r') {
        // dropped: \r\n ends a record like \n; a lone \r inside a field is rare in archives
      } else if (c === '"' && this.cell === '' && !this.afterQuote) {
        this.quoted = true;
      } else {
        this.append(c);
      }
    }
    return out;
  }

  /** Ends the input: returns the last record, if any. */
  end(): CsvRecord[] {
    if (this.pendingQuote) {
      this.pendingQuote = false;
      this.quoted = false;
    }
    if (this.quoted) {
      const line = this.recordLine;
      this.reset();
      return [{ ok: false, line, message: `unterminated quoted field starting on line ${line}` }];
    }
    const record = this.finish();
    return record ? [record] : [];
  }

  private append(c: string): void {
    if (++this.recordChars > this.maxRecordChars) {
      this.oversized = true;
      return;
    }
    this.cell += c;
  }

  private finish(): CsvRecord | null {
    this.cells.push(this.cell);
    const cells = this.cells;
    const line = this.recordLine;
    const oversized = this.oversized;
    this.reset();
    if (oversized) return { ok: false, line, message: `record longer than ${this.maxRecordChars} characters` };
    if (cells.length === 1 && cells[0] === '') return null;
    return { ok: true, line, cells };
  }

  private reset(): void {
    this.cells = [];
    this.cell = '';
    this.quoted = false;
    this.afterQuote = false;
    this.recordChars = 0;
    this.oversized = false;
  }
}

/**
 * Formats one CSV row: cells with a comma, quote, CR or LF are quoted, quotes doubled; a
 * null or undefined cell is empty.
 *
 * @example
 * formatCsvRow(['a', 'b,c', 'say "hi"', null]) //=> 'a,"b,c","say ""hi""",'
 */
export function formatCsvRow(cells: readonly (string | number | null | undefined)[]): string {
  return cells
    .map((cell) => {
      if (cell === null || cell === undefined) return '';
      const s = String(cell);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}
