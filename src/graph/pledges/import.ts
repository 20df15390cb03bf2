import fs from 'node:fs';
import type { Database } from '../../db/database';
import { streamCsv } from './csv-stream';
import { Utf8Checker } from './encoding';
import { type Phases, timePhase } from './phases';
import { FileFormatError, parseJson, type SourceRecord } from './records';
import { validateRecords, type RowError } from './validate';
import { readCatalogue, readJointCities, writePledges } from './writer';

export interface ImportResult {
  records: number;
  written: number;
  errors: RowError[];
  /** True when errors stopped the import before anything was written. */
  rejected: boolean;
}

/**
 * Reads a pledge file, refusing anything that is not clean UTF-8 with a message naming the line.
 * CSV streams through csv-parse record by record; `progress` hears every 10,000 records.
 */
export async function readPledgeFile(file: string, progress?: (records: number) => void): Promise<SourceRecord[]> {
  if (/\.json$/i.test(file)) {
    const bytes = fs.readFileSync(file);
    const checker = new Utf8Checker();
    checker.feed(bytes);
    checker.end();
    return parseJson(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  }
  if (!/\.csv$/i.test(file)) throw new FileFormatError(`${file}: expected a .csv or .json file`);
  const records: SourceRecord[] = [];
  for await (const r of streamCsv(fs.createReadStream(file, { highWaterMark: 1 << 16 }), progress)) records.push(r);
  return records;
}

/**
 * Validates every record before writing any: one bad row rejects the file unless skipInvalid,
 * in which case the valid rows are written and the bad ones reported.
 */
export async function importPledges(
  db: Database,
  records: SourceRecord[],
  opts: { skipInvalid?: boolean; progress?: (done: number, total: number) => void; phases?: Phases } = {},
): Promise<ImportResult> {
  const { phases } = opts;
  const catalogue = await timePhase(phases, 'catalogue', async () => ({
    ...(await readCatalogue(db)),
    cities: await readJointCities(db, records),
  }));
  const { rows, errors } = await timePhase(phases, 'validate', () => validateRecords(records, catalogue));
  if (errors.length > 0 && !opts.skipInvalid) return { records: records.length, written: 0, errors, rejected: true };
  const written = await writePledges(db, rows, opts.progress, 'import', phases);
  return { records: records.length, written, errors, rejected: false };
}
