/**
 * How an import batch's transaction is ordered with the previous batch's, when the importer
 * overlaps them (pledges/write-spilled.ts). The next batch starts once this one is `committing`: all its
 * statements are done, so it takes no lock any more. The next batch then reads its stored state and
 * writes what no batch locks (its cities, its new pledges and their events), then waits until
 * `after` (the previous batch) committed before it takes the graph version and the rest. So the
 * rows of one batch travel and are written while the other commits, batches commit in order, and
 * none commits after one that failed.
 */
export interface BatchOrder {
  after?: Promise<unknown>;
  committing?: () => void;
}

/** Waits for the previous batch to commit; a plain error (never retried by the driver) if it failed. */
export async function previousCommitted(order: BatchOrder): Promise<void> {
  await order.after?.catch(() => {
    throw new Error('an earlier batch of this import failed, so this one was rolled back');
  });
}

/**
 * The driver retries a transaction whose commit failed on a lost connection. The next batch may
 * then hold locks that this one needs and be waiting for it: fail instead of waiting for each other.
 */
export const RETRIED_WHILE_COMMITTING =
  'the connection to Neo4j failed while an import batch committed; the batches before it are kept: import the file again to finish';
