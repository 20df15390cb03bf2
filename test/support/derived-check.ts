import type { Database } from '../../src/db/database';

/** Items whose stored counts differ from a full recount of public pledges, the slow way. */
export async function staleItems(db: Database): Promise<unknown[]> {
  return db.runText(`
    MATCH (i:FrameworkItem)
    CALL (i) {
      CALL (i) {
        MATCH (p:Pledge)-[:DECLARES]->(i) WHERE p.status <> 'DRAFT' RETURN p, true AS declared
        UNION
        MATCH (p:Pledge)-[:IN_AREA]->(:ActionArea)-[:ALIGNS_WITH]-(i) WHERE p.status <> 'DRAFT' RETURN p, false AS declared
      }
      MATCH (c:City)-[:MADE]->(p)
      RETURN [count(DISTINCT p), count(DISTINCT c), count(DISTINCT CASE WHEN declared THEN p END)] AS want
    }
    WITH i, want, [coalesce(i.reachPledges, 0), coalesce(i.reachCities, 0), coalesce(i.reachDeclared, 0)] AS got
    WHERE want <> got
    RETURN i.id AS id, want, got`);
}

/** Test cities whose stored commitment set differs from their public pledges' direct reach. */
export async function staleCities(db: Database): Promise<unknown[]> {
  return db.runText(`
    MATCH (c:City) WHERE c.id STARTS WITH 'test-'
    CALL (c) {
      OPTIONAL CALL (c) {
        MATCH (c)-[:MADE]->(p:Pledge)-[:DECLARES]->(t:FrameworkItem) WHERE p.status <> 'DRAFT' RETURN t
        UNION
        MATCH (c)-[:MADE]->(p:Pledge)-[:IN_AREA]->(:ActionArea)-[:ALIGNS_WITH]-(t:FrameworkItem)
        WHERE p.status <> 'DRAFT' RETURN t
      }
      WITH t ORDER BY t.id
      RETURN [x IN collect(t) | x.id] AS want
    }
    WITH c, want WHERE want <> coalesce(c.reachItems, [])
    RETURN c.id AS id, want, c.reachItems AS got`);
}
