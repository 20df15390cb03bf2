import { parse as parseStream, type Options } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import type { Readable } from 'node:stream';
import { FileFormatError, type SourceRecord } from './records';
import { utf8Guard } from './encoding';

/** RFC 4180 with a quote inside an unquoted field taken literally, as the template allows. */
const OPTIONS: Options = {
  bom: true,
  // Files edited on several systems mix line ends; any of them ends a record.
  record_delimiter: ['\r\n', '\n'],
  skip_empty_lines: true,
  relax_column_count: true,
  relax_quotes: true,
  // The raw text gives each record's line; csv-parse's per-record info object is not needed (and
  // cost a tenth of an import's parsing).
  raw: true,
};

interface Parsed {
  record: string[];
  raw: string;
}

// csv-parse's raw text may end with only the first character of a CRLF; count each line end once.
function newlines(s: string, leadingOnly = false): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 13) {
      n += 1;
      if (s.charCodeAt(i + 1) === 10) i += 1;
    } else if (c === 10) n += 1;
    else if (leadingOnly) break;
  }
  return n;
}

class Records {
  private header: string[] | undefined;
  /** Line breaks in the raw text of every record so far (blank lines skipped before one are in its raw). */
  private consumed = 0;

  /** Undefined for the header row. */
  next(p: Parsed): SourceRecord | undefined {
    // The line a record starts on: after what came before and the blank lines in front of it.
    const line = 1 + this.consumed + newlines(p.raw, true);
    this.consumed += newlines(p.raw);
    if (!this.header) {
      this.header = p.record.map((h) => h.trim());
      return undefined;
    }
    if (p.record.length !== this.header.length) {
      throw new FileFormatError(`line ${line}: ${p.record.length} fields where the header has ${this.header.length}`);
    }
    const fields: Record<string, unknown> = {};
    this.header.forEach((h, i) => {
      fields[h] = p.record[i];
    });
    return { line, fields };
  }
}

function csvError(e: unknown): Error {
  if (e instanceof FileFormatError) return e;
  const err = e as { code?: string; lines?: number; message?: string };
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
    return new FileFormatError(`line ${err.lines ?? '?'}: a quoted field is not closed`);
  }
  if (err.code?.startsWith('CSV_')) {
    return new FileFormatError(`line ${err.lines ?? '?'}: ${err.message?.replace(/^Invalid Record Length: /, '')}`);
  }
  return e as Error;
}

/** CSV text already in memory (tests, small files). */
export function parseCsv(text: string): SourceRecord[] {
  try {
    const records = new Records();
    return (parseSync(text, OPTIONS) as unknown as Parsed[]).flatMap((p) => records.next(p) ?? []);
  } catch (e) {
    throw csvError(e);
  }
}

/**
 * Streams a CSV file: bytes are checked for encoding as they arrive, csv-parse splits records, and
 * each record is yielded as soon as it is complete; memory stays that of one record at a time.
 */
export async function* streamCsv(input: Readable, progress?: (records: number) => void): AsyncGenerator<SourceRecord> {
  const guard = utf8Guard();
  const parser = parseStream(OPTIONS);
  input.on('error', (e) => parser.destroy(e));
  guard.on('error', (e) => parser.destroy(e));
  input.pipe(guard).pipe(parser);
  const records = new Records();
  let count = 0;
  try {
    for await (const p of parser as AsyncIterable<Parsed>) {
      const record = records.next(p);
      if (!record) continue;
      count += 1;
      if (progress && count % 10000 === 0) progress(count);
      yield record;
    }
  } catch (e) {
    throw csvError(e);
  } finally {
    input.destroy();
  }
}
