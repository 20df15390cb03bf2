import type { Database } from '../../src/db/database';

/** Test data lives under cities named "Test …" (ids "test-…") and is removed after each file. */
export async function removeTestData(db: Database): Promise<void> {
  await db.runText(
    `MATCH (c:City) WHERE c.id STARTS WITH 'test-' OPTIONAL MATCH (c)-[:MADE]->(p:Pledge)
     OPTIONAL MATCH (p)-[:HAS_EVENT]->(e:PledgeEvent) DETACH DELETE c, p, e`,
  );
}
