import type { Database } from '../../db/database';
import { BatchChecker } from './check';
import { addPhase, type Phases, timePhase } from './phases';
import type { SourceRecord } from './records';
import { chunks, pledgeFileSource, type RecordSource, recordsOf } from './source';
import { RowSpill } from './spill';
import type { RowError } from './validate';
import { PLEDGE_BATCH, readCatalogue, writeBatch } from './writer';

export interface ImportResult {
  records: number;
  written: number;
  /** The first MAX_KEPT_ERRORS errors, in file order; `errorCount` counts them all. */
  errors: RowError[];
  errorCount: number;
  /** Rows with at least one error (skipped under skipInvalid). */
  invalidRows: number;
  /** True when errors stopped the import before anything was written. */
  rejected: boolean;
}

export interface ImportOptions {
  skipInvalid?: boolean;
  progress?: (done: number, total: number) => void;
  /** Hears the number of records validated after each batch of the first pass. */
  validated?: (records: number) => void;
  /** Rows per write transaction (PLEDGE_BATCH); tests use small ones. */
  batchSize?: number;
  phases?: Phases;
}

/** Errors kept for the report: a file of a million bad rows must not fill memory with messages. */
export const MAX_KEPT_ERRORS = 1000;

/** Every record of a pledge file in memory; for small files and tests (imports stream instead). */
export async function readPledgeFile(file: string, progress?: (records: number) => void): Promise<SourceRecord[]> {
  const out: SourceRecord[] = [];
  for await (const r of recordsOf(pledgeFileSource(file, progress))) out.push(r);
  return out;
}

/** Imports a CSV or JSON file, streamed; see importPledges. */
export function importPledgeFile(db: Database, file: string, opts: ImportOptions = {}): Promise<ImportResult> {
  return importPledges(db, pledgeFileSource(file), opts);
}

/**
 * Validates every record before writing any: one bad row rejects the file unless skipInvalid,
 * in which case the valid rows are written and the bad ones reported. The source is read once,
 * batch by batch: each batch is validated and its valid rows go to a spill file on disk, keeping
 * in memory only the ids seen and the first errors. Then the rows are written from the spill in
 * batches grouped by city, one transaction each; memory holds a batch or two, never the file.
 */
export async function importPledges(
  db: Database,
  source: RecordSource,
  opts: ImportOptions = {},
): Promise<ImportResult> {
  const { phases } = opts;
  const size = opts.batchSize ?? PLEDGE_BATCH;
  const checker = new BatchChecker(db, await timePhase(phases, 'catalogue', () => readCatalogue(db)));
  const result: ImportResult = { records: 0, written: 0, errors: [], errorCount: 0, invalidRows: 0, rejected: false };
  const spill = RowSpill.create();
  try {
    let lastBadLine = -1;
    let t = performance.now();
    for await (const batch of chunks(recordsOf(source), size)) {
      addPhase(phases, 'read file', performance.now() - t);
      const { rows, errors } = await timePhase(phases, 'validate', () => checker.check(batch));
      await timePhase(phases, 'spill to disk', async () => {
        for (const r of rows) await spill.add(r.row);
      });
      result.records += batch.length;
      result.errorCount += errors.length;
      for (const e of errors) {
        if (result.errors.length < MAX_KEPT_ERRORS) result.errors.push(e);
        if (e.line !== lastBadLine) result.invalidRows += 1;
        lastBadLine = e.line;
      }
      opts.validated?.(result.records);
      t = performance.now();
    }
    if (result.errorCount > 0 && !opts.skipInvalid) return { ...result, rejected: true };
    const it = spill.batches(size)[Symbol.asyncIterator]();
    let next = it.next();
    try {
      for (;;) {
        const batch = await timePhase(phases, 'read spill (waiting)', () => next);
        if (batch.done) break;
        // Read the following batch while this one is written: Node and Neo4j work at once.
        next = it.next();
        result.written += await writeBatch(db, batch.value, 'import', phases);
        opts.progress?.(result.written, spill.count);
      }
    } finally {
      next.catch(() => undefined);
      await it.return(undefined);
    }
    return result;
  } finally {
    await spill.dispose();
  }
}
