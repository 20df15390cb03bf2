import fs from 'node:fs';
import { streamCsv } from './csv-stream';
import { refuseControlEscapes, Utf8Checker } from './encoding';
import { FileFormatError, parseJson, type SourceRecord } from './records';

/** Records to import: a list already in memory, or a function that opens a file and streams it. */
export type RecordSource = Iterable<SourceRecord> | (() => AsyncIterable<SourceRecord>);

export async function* recordsOf(source: RecordSource): AsyncGenerator<SourceRecord> {
  if (typeof source === 'function') yield* source();
  else yield* source;
}

/** Groups records into lists of `size`; the last may be shorter. */
export async function* chunks<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const item of items) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * A pledge file as a source, refusing anything that is not clean UTF-8 with a message naming the
 * line. CSV streams through csv-parse record by record, so memory does not grow with the file;
 * `progress` hears every 10,000 records. JSON is parsed whole (JSON.parse has no streaming form):
 * a JSON file must fit in memory; use CSV for exports larger than that.
 */
export function pledgeFileSource(file: string, progress?: (records: number) => void): RecordSource {
  if (/\.json$/i.test(file)) return () => readJson(file);
  if (!/\.csv$/i.test(file)) throw new FileFormatError(`${file}: expected a .csv or .json file`);
  return () => streamCsv(fs.createReadStream(file, { highWaterMark: 1 << 16 }), progress);
}

async function* readJson(file: string): AsyncGenerator<SourceRecord> {
  yield* parseJsonFile(file);
}

function parseJsonFile(file: string): SourceRecord[] {
  const bytes = fs.readFileSync(file);
  const checker = new Utf8Checker();
  checker.feed(bytes);
  checker.end();
  const records = parseJson(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  for (const r of records) refuseControlEscapes(r);
  return records;
}
