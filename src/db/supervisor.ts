import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './local-neo4j';

export interface Supervised {
  current(): LocalNeo4j;
  onDown(listener: (reason: string) => void): void;
  onRestart(listener: () => void): void;
  stop(): Promise<void>;
}

const BACKOFF_MS = [500, 1000, 2000, 5000, 10000, 30000];

/**
 * Keeps the local Neo4j running: when it exits without being asked to, logs it, tells listeners at
 * once (so health and queries fail fast), and starts it again on the same port and data with growing
 * pauses between failed attempts. The driver reconnects by itself: the address does not change.
 */
export function supervise(first: LocalNeo4j, opts: LocalNeo4jOptions): Supervised {
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const downListeners: Array<(reason: string) => void> = [];
  const restartListeners: Array<() => void> = [];
  let local = first;
  let stopping = false;
  let attempt = 0;

  const watch = (db: LocalNeo4j) => {
    void db.exited.then(async (code) => {
      if (stopping) return;
      const reason = `the local Neo4j exited unexpectedly (code ${code ?? 'signal'})`;
      for (const l of downListeners) l(reason);
      while (!stopping) {
        const pause = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)];
        attempt += 1;
        log(`local-neo4j: ${reason}; restart attempt ${attempt} in ${pause} ms`);
        await new Promise((r) => setTimeout(r, pause));
        if (stopping) return;
        try {
          const started = Date.now();
          local = await startLocalNeo4j({ ...opts, log });
          log(`local-neo4j: restarted in ${((Date.now() - started) / 1000).toFixed(1)} s`);
          for (const l of restartListeners) l();
          // Reset the backoff only once it has stayed up a while.
          const steady = setTimeout(() => {
            attempt = 0;
          }, 60000);
          steady.unref();
          watch(local);
          return;
        } catch (e) {
          log(`local-neo4j: restart failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        }
      }
    });
  };
  watch(first);

  return {
    current: () => local,
    onDown: (l) => downListeners.push(l),
    onRestart: (l) => restartListeners.push(l),
    async stop() {
      stopping = true;
      await local.stop();
    },
  };
}
