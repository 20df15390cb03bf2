import fs from 'node:fs';
import { streamCsv } from './csv-stream';
import { refuseControlEscapes, Utf8Checker } from './encoding';
import { streamJson } from './json-stream';
import { FileFormatError, type SourceRecord } from './records';

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
 * line. Both forms stream, so memory does not grow with the file: CSV record by record through
 * csv-parse, JSON record by record (json-stream.ts finds each record, JSON.parse reads it).
 * `progress` hears every 10,000 records.
 */
export function pledgeFileSource(file: string, progress?: (records: number) => void): RecordSource {
  if (/\.json$/i.test(file)) return () => streamJsonFile(file, progress);
  if (!/\.csv$/i.test(file)) throw new FileFormatError(`${file}: expected a .csv or .json file`);
  return () => streamCsv(fs.createReadStream(file, { highWaterMark: 1 << 16 }), progress);
}

async function* streamJsonFile(file: string, progress?: (records: number) => void): AsyncGenerator<SourceRecord> {
  const checker = new Utf8Checker();
  const decoder = new TextDecoder('utf-8');
  async function* text(): AsyncGenerator<string> {
    for await (const bytes of fs.createReadStream(file, { highWaterMark: 1 << 16 })) {
      checker.feed(bytes as Buffer);
      yield decoder.decode(bytes as Buffer, { stream: true });
    }
    checker.end();
    yield decoder.decode();
  }
  let count = 0;
  for await (const r of streamJson(text())) {
    refuseControlEscapes(r);
    count += 1;
    if (progress && count % 10000 === 0) progress(count);
    yield r;
  }
}
