import { Neo4jError, type Driver, type Session } from 'neo4j-driver';

/** The driver's own "unavailable" code, which formatError maps to DATABASE_UNAVAILABLE. */
export const unavailable = (message: string) => new Neo4jError(message, 'ServiceUnavailable', '', '');

/**
 * Every session the service opens passes through here, so the pool's use is counted exactly where it
 * happens (neo4j-driver 6 has no public pool metrics), and reads still waiting when the database is
 * found down can be released at once instead of each waiting out its own deadline.
 */
export class InFlight {
  private open = 0;
  private readonly waiting = new Set<(e: Error) => void>();

  /** Sessions open now; each holds at most one pooled connection until its close settles. */
  get sessions(): number {
    return this.open;
  }

  /**
   * Runs `work` in a session counted until its close settles. A frozen server never answers the
   * close either, so callers that must not wait for it pass `awaitClose: false`.
   */
  async withSession<T>(
    driver: Driver,
    database: string,
    work: (session: Session) => Promise<T>,
    awaitClose = true,
    accessMode: 'READ' | 'WRITE' = 'WRITE',
  ): Promise<T> {
    this.open += 1;
    const session = driver.session({ database, defaultAccessMode: accessMode });
    try {
      return await work(session);
    } finally {
      const closing = session
        .close()
        .catch(() => undefined)
        .finally(() => {
          this.open -= 1;
        });
      if (awaitClose) await closing;
    }
  }

  /**
   * The server's own timeout cannot fire when it is frozen or the network is gone, so the client gives
   * up after `ms` too; with `releasable`, also the moment the database is found down (`releaseAll`).
   */
  bounded<T>(work: Promise<T>, ms: number | undefined, releasable: boolean): Promise<T> {
    if (ms === undefined && !releasable) return work;
    let timer: NodeJS.Timeout | undefined;
    let stop: (e: Error) => void = () => undefined;
    const stopped = new Promise<never>((_, reject) => {
      stop = reject;
    });
    if (ms !== undefined)
      timer = setTimeout(() => stop(unavailable(`No answer from the database within ${ms} ms`)), ms);
    if (releasable) this.waiting.add(stop);
    // The abandoned work may still fail later; that failure has no one left to tell.
    work.catch(() => undefined);
    return Promise.race([work, stopped]).finally(() => {
      clearTimeout(timer);
      this.waiting.delete(stop);
    });
  }

  /** Fails every releasable wait now, with the reason the database is down. */
  releaseAll(reason: string): void {
    for (const stop of this.waiting) stop(unavailable(`Database unavailable: ${reason}`));
    this.waiting.clear();
  }
}
