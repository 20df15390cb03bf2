import type { Database } from '../../db/database';
import { type Phases, timePhase } from './phases';
import type { RowSpill } from './spill';
import { writeBatch } from './writer';

/**
 * Writes the spilled rows in batches, one transaction each. A batch starts while the previous one
 * commits (registry/batch-order.ts): its rows are read, sent and partly written meanwhile, so Node,
 * one batch's statements and the other's commit work at once (phases then add up to more than the
 * time taken). Batches commit in order and none after one that failed; on failure every batch under
 * way ends before this returns, and the first error is thrown. Returns the rows written.
 */
export async function writeSpilled(
  db: Database,
  spill: RowSpill,
  size: number,
  phases: Phases | undefined,
  progress: ((done: number, total: number) => void) | undefined,
): Promise<number> {
  let written = 0;
  // The previous batch's write, with its count and progress; resolves once it committed.
  let previous: Promise<void> = Promise.resolve();
  const it = spill.batches(size)[Symbol.asyncIterator]();
  let next = it.next();
  try {
    for (;;) {
      const batch = await timePhase(phases, 'read spill (waiting)', () => next);
      if (batch.done) break;
      // Read the following batch while this one is written: Node and Neo4j work at once.
      next = it.next();
      let committing = () => {};
      const started = new Promise<void>((resolve) => {
        committing = resolve;
      });
      const after = previous;
      const write = writeBatch(db, batch.value, 'import', phases, { after, committing });
      // Settles once both batches have: with the earlier batch's error first, as it came first.
      previous = after
        .then(
          () => write,
          async (e) => {
            await write.catch(() => undefined);
            throw e;
          },
        )
        .then((n) => {
          written += n;
          progress?.(written, spill.count);
        });
      // The next batch starts while this one commits (see BatchOrder), or not at all if this one failed.
      const failed = write.then(
        () => false,
        () => true,
      );
      if (await Promise.race([started.then(() => false), failed])) break;
      // Let the driver send this batch's COMMIT before the next batch's work takes the thread.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await previous;
  } finally {
    // After a failure a batch may still be writing: let it end, so nothing outlives the import.
    await previous.catch(() => undefined);
    next.catch(() => undefined);
    await it.return(undefined);
  }
  return written;
}
