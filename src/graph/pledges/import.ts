import type { Database } from '../../db/database';
import { BatchChecker } from './check';
import { addPhase, type Phases, timePhase } from './phases';
import type { SourceRecord } from './records';
import { chunks, pledgeFileSource, type RecordSource, recordsOf } from './source';
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

/** Imports a CSV or JSON file in two streaming passes; see importPledges. */
export function importPledgeFile(
  db: Database,
  file: string,
  opts: ImportOptions & { read?: (records: number) => void } = {},
): Promise<ImportResult> {
  return importPledges(db, pledgeFileSource(file, opts.read), opts);
}

/**
 * Validates every record before writing any: one bad row rejects the file unless skipInvalid,
 * in which case the valid rows are written and the bad ones reported. Two passes over the
 * source: the first validates batch by batch keeping only ids and errors, the second validates
 * again and writes each batch in its own transaction, so memory holds one or two batches
 * (the next is parsed while the current one is written), never the file.
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
  let valid = 0;
  let lastBadLine = -1;
  let t = performance.now();
  for await (const batch of chunks(recordsOf(source), size)) {
    addPhase(phases, 'pass 1: read file', performance.now() - t);
    const { rows, errors } = await timePhase(phases, 'pass 1: validate', () => checker.check(batch));
    result.records += batch.length;
    valid += rows.length;
    result.errorCount += errors.length;
    for (const e of errors) {
      if (result.errors.length < MAX_KEPT_ERRORS) result.errors.push(e);
      if (e.line !== lastBadLine) result.invalidRows += 1;
      lastBadLine = e.line;
    }
    t = performance.now();
  }
  if (result.errorCount > 0 && !opts.skipInvalid) return { ...result, rejected: true };
  const it = chunks(recordsOf(source), size)[Symbol.asyncIterator]();
  let next = it.next();
  try {
    for (;;) {
      const batch = await timePhase(phases, 'pass 2: read file (waiting)', () => next);
      if (batch.done) break;
      // Parse the following batch while this one is written: Node and Neo4j work at once.
      next = it.next();
      const rows = await timePhase(phases, 'pass 2: validate', () => checker.rowsToWrite(batch.value));
      result.written += await writeBatch(db, rows, 'import', phases);
      opts.progress?.(result.written, valid);
    }
  } finally {
    next.catch(() => undefined);
    await it.return(undefined);
  }
  return result;
}
