import type { Database } from './database';
import { DbMonitor, type DbState } from './monitor';

/** A database stand-in whose probe answers what the test sets: the monitor's own rules are under test. */
function monitored() {
  const db = {
    answer: undefined as string | undefined,
    released: [] as string[],
    availability: () => undefined as string | undefined,
    check: async () => db.answer,
    inFlight: { releaseAll: (why: string) => db.released.push(why) },
  };
  const monitor = new DbMonitor(db as unknown as Database);
  const seen: DbState[] = [];
  monitor.onChange((s) => seen.push(s));
  return { db, monitor, seen };
}

const EXITED = 'the local Neo4j exited unexpectedly (code signal)';
const REFUSED = 'the database refuses connections';

describe('DbMonitor', () => {
  it("takes the supervisor's reason for an exit even when a probe saw the refused connection first", async () => {
    const { db, monitor, seen } = monitored();
    db.answer = REFUSED;
    await monitor.probe();
    const since = monitor.state.since;
    expect(monitor.state).toMatchObject({ up: false, reason: REFUSED });
    monitor.markDown(EXITED);
    expect(monitor.state).toEqual({ up: false, reason: EXITED, since });
    expect(db.availability()).toBe(EXITED);
    // While it restarts, probes keep the cause as it was given.
    await monitor.probe();
    expect(monitor.state.reason).toBe(EXITED);
    db.answer = undefined;
    await monitor.probe();
    expect(monitor.state.up).toBe(true);
    expect(seen.map((s) => s.reason ?? 'up')).toEqual([REFUSED, EXITED, 'up']);
  });

  it('goes down at once on an exit, and releases waiting reads with its reason', () => {
    const { db, monitor, seen } = monitored();
    monitor.markDown(EXITED);
    expect(monitor.state).toMatchObject({ up: false, reason: EXITED });
    expect(db.released).toEqual([EXITED]);
    monitor.markDown(EXITED);
    expect(seen).toHaveLength(1);
  });
});
