import { closeTestDb, openTestDb } from './support/db';
import { post, serve, type Served } from './support/served';

// /metrics reports the driver sessions open (each holds at most one pooled connection): exactly the
// ones held, more while clients query at once, and none once everything has been answered.
const db = openTestDb();
let s: Served;

beforeAll(async () => {
  s = await serve(db);
});
afterAll(async () => {
  await s.close();
  await closeTestDb(db);
});

const sessionsOpen = async () => {
  const text = await (await fetch(`${s.base}/metrics`)).text();
  const m = /^neo4j_sessions_open (\d+)$/m.exec(text);
  if (!m) throw new Error('neo4j_sessions_open is missing from /metrics');
  return Number(m[1]);
};
const settled = async () => {
  // A session's close settles a moment after its answer was sent.
  for (let i = 0; i < 100 && (await sessionsOpen()) !== 0; i++) await new Promise((r) => setTimeout(r, 50));
  return sessionsOpen();
};

describe('pool use on /metrics', () => {
  it('counts exactly the sessions held open, and the pool size', async () => {
    expect(await settled()).toBe(0);
    expect(await (await fetch(`${s.base}/metrics`)).text()).toMatch(/^neo4j_pool_max_connections 50$/m);
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let started = 0;
    const holders = Array.from({ length: 3 }, () =>
      db.transaction(async (run) => {
        await run('frameworks');
        started += 1;
        await held;
      }),
    );
    while (started < 3) await new Promise((r) => setTimeout(r, 20));
    expect(await sessionsOpen()).toBe(3);
    release();
    await Promise.all(holders);
    expect(await settled()).toBe(0);
  });

  it('moves under concurrent queries and returns to 0', async () => {
    const query = { query: '{ frameworks { code } actionAreas { id } cities(first: 50) { edges { node { id } } } }' };
    let done = false;
    const load = Promise.all(Array.from({ length: 12 }, () => post(s.base, query))).finally(() => {
      done = true;
    });
    let highest = 0;
    while (!done) highest = Math.max(highest, await sessionsOpen());
    const answers = await load;
    for (const a of answers) expect(a.json.errors).toBeUndefined();
    expect(highest).toBeGreaterThan(0);
    expect(await settled()).toBe(0);
  });
});

describe('retried write transactions on /metrics', () => {
  afterAll(async () => {
    await db.runText("MATCH (c:City) WHERE c.id STARTS WITH 'test-lockville-' DETACH DELETE c");
  });

  it('counts a transaction the driver ran again after a deadlock', async () => {
    const retried = async () => {
      const text = await (await fetch(`${s.base}/metrics`)).text();
      const m = /^neo4j_transactions_retried_total (\d+)$/m.exec(text);
      if (!m) throw new Error('neo4j_transactions_retried_total is missing from /metrics');
      return Number(m[1]);
    };
    await db.runText("UNWIND ['a', 'b'] AS k MERGE (:City {id: 'test-lockville-' + k})");
    const before = await retried();
    // Two writers lock the same two nodes in opposite orders, each waiting until the other holds
    // its first: Neo4j refuses one of them as a deadlock and the driver runs it again.
    let held = 0;
    const bothHold = async () => {
      held += 1;
      while (held < 2) await new Promise((r) => setTimeout(r, 10));
    };
    const lock = "MATCH (c:City {id: 'test-lockville-' + $k}) SET c._lock = true REMOVE c._lock";
    const writer = (first: string, second: string) =>
      db.inWriteTransaction(async (tx) => {
        await tx.run(lock, { k: first });
        await bothHold();
        await tx.run(lock, { k: second });
      });
    await Promise.all([writer('a', 'b'), writer('b', 'a')]);
    expect(await retried()).toBe(before + 1);
  });
});
