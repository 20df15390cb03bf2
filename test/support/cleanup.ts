import type { Database } from '../../src/db/database';
import { retractReach, txRun } from '../../src/graph/derived/reach';

/**
 * Test data lives under cities named "Test …" (ids "test-…") and is removed after each file, with
 * the pledges' history events; the pledges are taken out of the derived counts first, in the same
 * transaction, as every delete must.
 */
export async function removeTestData(db: Database): Promise<void> {
  await db.inWriteTransaction(async (tx) => {
    const res = await tx.run(
      "MATCH (c:City) WHERE c.id STARTS WITH 'test-' OPTIONAL MATCH (c)-[:MADE]->(p:Pledge|DraftPledge) RETURN collect(DISTINCT p.id) AS ids",
    );
    await retractReach(txRun(tx), res.records[0].get('ids') as string[]);
    await tx.run(
      `MATCH (c:City) WHERE c.id STARTS WITH 'test-' OPTIONAL MATCH (c)-[:MADE]->(p:Pledge|DraftPledge)
       OPTIONAL MATCH (p)-[:HAS_EVENT]->(e:PledgeEvent) DETACH DELETE c, p, e`,
    );
  });
}
