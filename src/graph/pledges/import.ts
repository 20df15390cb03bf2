import type { Database } from '../../db/database';
import { BatchChecker, type CheckedBatch } from './check';
import { addPhase, type Phases, timePhase } from './phases';
import type { SourceRecord } from './records';
import { chunks, pledgeFileSource, type RecordSource, recordsOf } from './source';
import { RowSpill } from './spill';
import { writeSpilled } from './write-spilled';
import type { RowError } from './validate';
import { PLEDGE_BATCH, readCatalogue } from './writer';

export interface ImportResult {
  records: number;
  /** Valid rows imported: written, or found stored exactly so already (`unchanged` of them). */
  written: number;
  /** Rows skipped because their pledge's stored importHash equals theirs: nothing written for them. */
  unchanged: number;
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
  /** Hears the rows written so far of those to write (valid rows less the unchanged ones). */
  progress?: (done: number, total: number) => void;
  /**
   * Hears the number of records validated after each batch of the first pass (fields and ids; the
   * batch's draft and unchanged checks finish while the next batch is read).
   */
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
 * batch by batch: each batch is validated, rows whose stored pledge already carries their content
 * hash are counted as unchanged and dropped, and the other valid rows go to a spill file on disk,
 * keeping in memory only the ids seen and the first errors. Then the rows are written from the spill in
 * batches grouped by city, one transaction each, each overlapping the previous one's commit
 * (write-spilled.ts). Memory holds two or three batches, never the file.
 */
export async function importPledges(
  db: Database,
  source: RecordSource,
  opts: ImportOptions = {},
): Promise<ImportResult> {
  const { phases } = opts;
  const size = opts.batchSize ?? PLEDGE_BATCH;
  const checker = new BatchChecker(db, await timePhase(phases, 'catalogue', () => readCatalogue(db)));
  const result: ImportResult = {
    records: 0,
    written: 0,
    unchanged: 0,
    errors: [],
    errorCount: 0,
    invalidRows: 0,
    rejected: false,
  };
  const spill = RowSpill.create();
  let lastBadLine = -1;
  const settle = async (finish: () => Promise<CheckedBatch>) => {
    const { rows, errors, unchanged } = await timePhase(phases, 'stored state (waiting)', finish);
    await timePhase(phases, 'spill to disk', async () => {
      for (const r of rows) await spill.add(r.row);
    });
    result.unchanged += unchanged;
    result.errorCount += errors.length;
    for (const e of errors) {
      if (result.errors.length < MAX_KEPT_ERRORS) result.errors.push(e);
      if (e.line !== lastBadLine) result.invalidRows += 1;
      lastBadLine = e.line;
    }
  };
  try {
    // A batch's read of what is stored runs while the next batch is parsed and validated; at most
    // two batches are in memory.
    let pending: (() => Promise<CheckedBatch>) | undefined;
    try {
      let t = performance.now();
      for await (const batch of chunks(recordsOf(source), size)) {
        addPhase(phases, 'read file', performance.now() - t);
        const finish = await timePhase(phases, 'validate', () => checker.begin(batch));
        result.records += batch.length;
        opts.validated?.(result.records);
        const previous = pending;
        pending = finish;
        if (previous) await settle(previous);
        t = performance.now();
      }
      const last = pending;
      pending = undefined;
      if (last) await settle(last);
    } finally {
      // After a failure a batch's read may still be running: let it end, so nothing outlives the import.
      if (pending) await pending().catch(() => undefined);
    }
    // Nothing was imported: no row counts as unchanged either.
    if (result.errorCount > 0 && !opts.skipInvalid) return { ...result, unchanged: 0, rejected: true };
    const written = await writeSpilled(db, spill, size, phases, opts.progress);
    return { ...result, written: written + result.unchanged };
  } finally {
    await spill.dispose();
  }
}
