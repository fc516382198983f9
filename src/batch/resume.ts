/**
 * `--resume`: reads the ids already in an output file and cuts off an incomplete tail, so a
 * killed run can continue without duplicates or gaps.
 */
import { createReadStream } from 'node:fs';
import { stat, truncate } from 'node:fs/promises';
import { CsvParser } from './csv.js';

/** What a resumed run starts from. */
export interface ResumeState {
  /** Ids of the documents already written. */
  readonly done: Set<string>;
  /** Whether the output file exists (and is appended to). */
  readonly exists: boolean;
  /** Bytes cut off the end of the file (an incomplete last line or document). */
  readonly truncated: number;
}

/** The output cannot be resumed (it is not a zhnews output). */
export class ResumeError extends Error {
  override readonly name = 'ResumeError';
}

/** Reads the id at the start of a JSON line written by zhnews (`{"id":"…",…`), without parsing the rest. */
function jsonlId(line: string): string | null {
  if (!line.startsWith('{"id":"')) return null;
  for (let i = 7; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x5c) i++; // backslash escape
    else if (c === 0x22) {
      try {
        return JSON.parse(line.slice(6, i + 1)) as string;
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** A zhnews JSON line starts so: an incomplete line that does not is someone else's text. */
const RECORD_START = '{"id":"';

function foreign(path: string, what: string): ResumeError {
  return new ResumeError(`${path} ${what}; it does not look like a zhnews output, so it is left as it is (cannot resume)`);
}

/**
 * Reads the ids in an existing output and truncates it to its complete part: for JSON Lines,
 * the lines that end in a newline and parse as JSON; for CSV (whose quoted cells may hold line
 * breaks), the complete records minus those of the last document (it may have been cut between
 * its rows, so it is analysed again). Only a tail that zhnews itself could have left (a cut
 * record) is ever removed: a file with a line that is not a zhnews record, anywhere, is refused
 * with {@link ResumeError} and left byte-identical.
 *
 * @example
 * const { done } = await readResumeState('out.jsonl', 'jsonl');
 * done.has('2020/a.txt') //=> true
 */
export async function readResumeState(path: string, format: 'jsonl' | 'csv'): Promise<ResumeState> {
  const info = await stat(path).catch(() => null);
  if (!info) return { done: new Set(), exists: false, truncated: 0 };
  const done = new Set<string>();
  let offset = 0; // bytes of complete lines so far
  let keep = 0; // bytes to keep
  let lineNo = 0;
  let pending: Buffer[] = [];
  let lastId: string | null = null;
  let lastIdStart = 0;
  let badLine: number | null = null;
  let csvRecord: string[] = []; // the physical lines of a CSV record still open (odd quotes)
  let csvQuotes = 0;
  const quotes = (text: string): number => {
    let n = 0;
    for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) n++;
    return n;
  };
  const onJsonLine = (text: string, end: number): void => {
    const id = text.trim() === '' ? null : jsonlId(text);
    let valid = id !== null;
    if (valid) {
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
    }
    if (!valid) {
      // a cut record (zhnews writes whole lines, so only at the end) may go; anything else is foreign
      if (!text.startsWith(RECORD_START)) throw foreign(path, `line ${lineNo} is not a zhnews record`);
      if (text.trim() !== '') badLine = lineNo;
      return;
    }
    done.add(id!);
    keep = end;
  };
  const onCsvRecord = (text: string, end: number): void => {
    const parser = new CsvParser();
    const records = [...parser.push(text), ...parser.end()];
    const first = records[0];
    if (!first?.ok || first.cells[0] === undefined) {
      badLine = lineNo;
      return;
    }
    const id = first.cells[0];
    if (id !== lastId) {
      lastId = id;
      lastIdStart = keep;
    }
    done.add(id);
    keep = end;
  };
  const onLine = (bytes: Buffer, end: number): void => {
    lineNo++;
    let text = bytes.toString('utf8');
    if (lineNo === 1) text = text.replace(/^\ufeff/, '');
    if (badLine !== null) {
      if (text.trim() !== '') throw new ResumeError(`${path} line ${badLine} is not a complete zhnews record; cannot resume`);
      return;
    }
    if (format === 'jsonl') return onJsonLine(text, end);
    if (lineNo === 1) {
      if (!text.startsWith('id,')) throw foreign(path, 'does not start with the zhnews CSV header');
      keep = end;
      return;
    }
    csvRecord.push(text);
    csvQuotes += quotes(text);
    if (csvQuotes % 2 === 1) return; // a quoted cell goes on past this line break
    const record = csvRecord.join('\n');
    csvRecord = [];
    csvQuotes = 0;
    onCsvRecord(record, end);
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, nl);
      const line = pending.length ? Buffer.concat([...pending, piece]) : piece;
      offset += line.length + 1;
      pending = [];
      onLine(line, offset);
      start = nl + 1;
    }
    if (start < chunk.length) pending.push(Buffer.from(chunk.subarray(start)));
  }
  // A last line without its newline is incomplete by definition, but only a cut zhnews record
  // may be removed: a file someone else wrote keeps its last line.
  const tail = Buffer.concat(pending).toString('utf8').replace(lineNo === 0 ? /^\ufeff/ : /^/, '');
  if (tail.trim() !== '') {
    if (format === 'jsonl' && !tail.startsWith(RECORD_START) && !RECORD_START.startsWith(tail)) {
      throw foreign(path, 'ends with a line that is not a zhnews record');
    }
    if (format === 'csv' && lineNo === 0 && !tail.startsWith('id,') && !'id,'.startsWith(tail)) {
      throw foreign(path, 'does not start with the zhnews CSV header');
    }
  }
  if (format === 'csv' && lastId !== null) {
    done.delete(lastId);
    keep = lastIdStart;
  }
  const truncated = info.size - keep;
  if (truncated > 0) await truncate(path, keep);
  return { done, exists: true, truncated };
}
