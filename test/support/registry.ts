import { retractReach, txRun } from '../../src/graph/derived/reach';
import { print, type DocumentNode } from 'graphql';
import type { Database } from '../../src/db/database';
import { createContext } from '../../src/graphql/context';
import { TokenRepository } from '../../src/graph/registry/tokens';
import type { App } from '../../src/server/app';
import type { GqlResult } from './gql';

/** Test cities for the registry's tests; ids start with "test-" like every test city. */
export const CITIES = ['test-reg-alpha-ca', 'test-reg-beta-ke', 'test-reg-gamma-ca'];

export async function addTestCities(db: Database): Promise<void> {
  await db.runText(
    `UNWIND $cities AS c
     MATCH (co:Country {id: c.country})
     MERGE (city:City {id: c.id})
       ON CREATE SET city.name = c.name, city.nameKey = toLower(c.name), city.countryCode = c.country, city.illustrative = true, city.source = 'test'
     MERGE (city)-[:IN_COUNTRY]->(co)`,
    {
      cities: [
        { id: CITIES[0], name: 'Test Reg Alpha', country: 'CAN' },
        { id: CITIES[1], name: 'Test Reg Beta', country: 'KEN' },
        { id: CITIES[2], name: 'Test Reg Gamma', country: 'CAN' },
      ],
    },
  );
}

/** Removes the test cities with everything hanging off their pledges, and the tests' tokens. */
export async function removeRegistryTestData(db: Database): Promise<void> {
  // The pledges leave the derived counts first, in the same transaction, as every delete must.
  await db.inWriteTransaction(async (tx) => {
    const res = await tx.run(
      "MATCH (c:City) WHERE c.id STARTS WITH 'test-' OPTIONAL MATCH (c)-[:MADE]->(p) RETURN collect(DISTINCT p.id) AS ids",
    );
    await retractReach(txRun(tx), res.records[0].get('ids') as string[]);
    await tx.run(
      `MATCH (c:City) WHERE c.id STARTS WITH 'test-'
       OPTIONAL MATCH (c)-[:MADE]->(p)
       OPTIONAL MATCH (p)-[:HAS_EVENT|HAS_REPORT]->(x)
       DETACH DELETE c, p, x`,
    );
  });
  await db.runText("MATCH (t:ApiToken) WHERE t.name STARTS WITH 'test ' DETACH DELETE t");
  await db.runText("MATCH (k:IdempotencyKey) WHERE k.pledgeId STARTS WITH 'test-' DELETE k");
}

export interface TestTokens {
  editorAlpha: string;
  editorBeta: string;
  curator: string;
  admin: string;
  revoked: string;
}

export async function createTestTokens(db: Database): Promise<TestTokens> {
  const repo = new TokenRepository(db);
  const make = async (name: string, role: string, cities: string[] = []) =>
    (await repo.create(`test ${name}`, role, cities)).token;
  const revoked = await repo.create('test revoked', 'CURATOR', []);
  await repo.revoke(revoked.record.id);
  return {
    editorAlpha: await make('editor alpha', 'CITY_EDITOR', [CITIES[0]]),
    editorBeta: await make('editor beta', 'CITY_EDITOR', [CITIES[1]]),
    curator: await make('curator', 'CURATOR'),
    admin: await make('admin', 'ADMIN'),
    revoked: revoked.token,
  };
}

/** Runs an operation as HTTP would, with the given bearer token and, optionally, a fixed clock. */
export async function runAs<T = any>(
  app: App,
  db: Database,
  token: string | null,
  doc: DocumentNode | string,
  variables?: Record<string, unknown>,
  now?: () => Date,
): Promise<GqlResult<T>> {
  const query = typeof doc === 'string' ? doc : print(doc);
  const contextValue = createContext(db, { authorization: token === null ? undefined : `Bearer ${token}`, now });
  const res = await app.apollo.executeOperation({ query, variables }, { contextValue });
  if (res.body.kind !== 'single') throw new Error('unexpected incremental result');
  return res.body.singleResult as GqlResult<T>;
}

/** Node and relationship totals: a refused write must leave them exactly as they were. */
export async function totals(db: Database): Promise<{ nodes: number; rels: number; props: string }> {
  const [row] = await db.runText(
    `CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
     CALL () { MATCH (p:Pledge|DraftPledge) WHERE p.id STARTS WITH 'test-'
               WITH p ORDER BY p.id RETURN collect(p.id + ':' + coalesce(p.version, 1) + ':' + p.status + ':' + p.title) AS ps }
     RETURN nodes, rels, ps`,
  );
  return { nodes: Number(row.nodes), rels: Number(row.rels), props: (row.ps as string[]).join('|') };
}

export const code = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code ?? (r.errors ? 'ERROR' : 'OK');
