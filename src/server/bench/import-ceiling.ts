import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../config';
import type { Database } from '../../db/database';

/** How the floor writes: batch size, transactions in flight, and whether the pledges carry the indexes the graph's do. */
export interface FloorVariant {
  batch: number;
  writers: number;
  indexed: boolean;
}

/**
 * The importer's own shape (one writer, 10,000 rows a transaction, no index on the pledges), then
 * the most this machine's Neo4j gave in trials: two writers in batches of 2,000, with and without
 * the pledge indexes every real pledge carries (a unique id and the full-text index on title and
 * description, cypher/schema.cypher).
 */
export const FLOOR_VARIANTS: FloorVariant[] = [
  { batch: 10000, writers: 1, indexed: false },
  { batch: 2000, writers: 2, indexed: false },
  { batch: 2000, writers: 2, indexed: true },
];

function rows(from: number, n: number) {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const title = `Ceiling pledge ${i}`;
    const description = 'Generated to measure the write floor; not a pledge.';
    return {
      id: `ceiling-${i}`,
      city: `ceiling-city-${i % 10000}`,
      title,
      description,
      hash: `h${i}`.padEnd(28, '0'),
      areas: [`AA-${1 + (i % 6)}`, `AA-${1 + ((i + 3) % 6)}`],
      items: [`GCM-${1 + (i % 23)}`, `SDG-10.${1 + (i % 7)}`],
      changes: JSON.stringify([
        { field: 'title', to: title },
        { field: 'description', to: description },
        { field: 'status', to: 'IN_PROGRESS' },
      ]),
    };
  });
}

/**
 * `--scale` also measures the floor: the pledge-shaped writes of cypher/bench/import-ceiling.cypher
 * written as `v` says, then removed. Returns pledges per second.
 */
export async function importCeiling(db: Database, total: number, v: FloorVariant): Promise<number> {
  const text = fs.readFileSync(path.join(projectRoot(), 'cypher', 'bench', 'import-ceiling.cypher'), 'utf8');
  const at = new Date().toISOString();
  // A run killed half-way leaves its nodes and indexes: they go first, so every run starts clean.
  await removeFloor(db);
  await autoCommit(db, 'CREATE INDEX ceiling_anchor IF NOT EXISTS FOR (n:CeilingAnchor) ON (n.id)');
  if (v.indexed) {
    await autoCommit(db, 'CREATE CONSTRAINT ceiling_id IF NOT EXISTS FOR (n:CeilingPledge) REQUIRE n.id IS UNIQUE');
    await autoCommit(
      db,
      'CREATE FULLTEXT INDEX ceiling_text IF NOT EXISTS FOR (n:CeilingPledge) ON EACH [n.title, n.description]',
    );
  }
  await autoCommit(db, 'CALL db.awaitIndexes(60)');
  const anchors = [
    ...Array.from({ length: 10000 }, (_, i) => `ceiling-city-${i}`),
    ...Array.from({ length: 6 }, (_, i) => `AA-${i + 1}`),
    ...Array.from({ length: 23 }, (_, i) => `GCM-${i + 1}`),
    ...Array.from({ length: 7 }, (_, i) => `SDG-10.${i + 1}`),
  ];
  await autoCommit(db, 'UNWIND $ids AS id CREATE (:CeilingAnchor {id: id})', { ids: anchors });
  let next = 0;
  // Each writer takes the next batch; batches never share a pledge, only the anchors they link to.
  const writer = async () => {
    for (let from = next; from < total; from = next) {
      next += v.batch;
      const batch = rows(from, Math.min(v.batch, total - from));
      const session = db.driver.session({ database: db.name });
      try {
        await session.executeWrite((tx) => tx.run(text, { rows: batch, at }));
      } finally {
        await session.close();
      }
    }
  };
  const t = Date.now();
  await Promise.all(Array.from({ length: v.writers }, writer));
  const rate = total / ((Date.now() - t) / 1000);
  await removeFloor(db);
  return rate;
}

/** The floor's nodes and indexes, if any. */
async function removeFloor(db: Database): Promise<void> {
  // In batches: one transaction for all of it would hold every node in memory.
  await autoCommit(
    db,
    'MATCH (n) WHERE n:CeilingPledge OR n:CeilingEvent OR n:CeilingAnchor ' +
      'CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
  );
  await autoCommit(db, 'DROP INDEX ceiling_anchor IF EXISTS');
  await autoCommit(db, 'DROP CONSTRAINT ceiling_id IF EXISTS');
  await autoCommit(db, 'DROP INDEX ceiling_text IF EXISTS');
}

/** Schema statements and CALL IN TRANSACTIONS need an auto-commit transaction. */
async function autoCommit(db: Database, text: string, params: Record<string, unknown> = {}): Promise<void> {
  const session = db.driver.session({ database: db.name });
  try {
    await session.run(text, params);
  } finally {
    await session.close();
  }
}
