import type { Database } from '../../src/db/database';
import { retractReach } from '../../src/graph/derived/reach';

/**
 * Test data lives under cities named "Test …" (ids "test-…") and is removed after each file,
 * taken out of the derived counts first in the same transaction, as every delete must.
 */
export async function removeTestData(db: Database): Promise<void> {
  const [{ ids }] = await db.runText(
    "MATCH (c:City) WHERE c.id STARTS WITH 'test-' OPTIONAL MATCH (c)-[:MADE]->(p:Pledge) RETURN collect(DISTINCT p.id) AS ids",
  );
  await db.inWriteTransaction(async (tx) => {
    await retractReach(tx, ids as string[]);
    await tx.run(
      "MATCH (c:City) WHERE c.id STARTS WITH 'test-' OPTIONAL MATCH (c)-[:MADE]->(p:Pledge) DETACH DELETE c, p",
    );
  });
}
