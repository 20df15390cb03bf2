import fs from 'node:fs';
import type { Database } from '../../db/database';
import { FileFormatError, parseCsv, parseJson, type SourceRecord } from './records';
import { validateRecords, type RowError } from './validate';
import { readCatalogue, readJointCities, writePledges } from './writer';

export interface ImportResult {
  records: number;
  written: number;
  errors: RowError[];
  /** True when errors stopped the import before anything was written. */
  rejected: boolean;
}

export function readPledgeFile(file: string): SourceRecord[] {
  const text = fs.readFileSync(file, 'utf8');
  if (/\.json$/i.test(file)) return parseJson(text);
  if (/\.csv$/i.test(file)) return parseCsv(text);
  throw new FileFormatError(`${file}: expected a .csv or .json file`);
}

/**
 * Validates every record before writing any: one bad row rejects the file unless skipInvalid,
 * in which case the valid rows are written and the bad ones reported.
 */
export async function importPledges(
  db: Database,
  records: SourceRecord[],
  opts: { skipInvalid?: boolean; progress?: (done: number, total: number) => void } = {},
): Promise<ImportResult> {
  const catalogue = { ...(await readCatalogue(db)), cities: await readJointCities(db, records) };
  const { rows, errors } = validateRecords(records, catalogue);
  if (errors.length > 0 && !opts.skipInvalid) return { records: records.length, written: 0, errors, rejected: true };
  const written = await writePledges(db, rows, opts.progress);
  return { records: records.length, written, errors, rejected: false };
}
