import type { AddressInfo } from 'node:net';
import { createApp, type App } from '../src/server/app';
import type { Database } from '../src/db/database';
import { closeTestDb, openTestDb } from './support/db';

let db: Database;
let app: App;
let base: string;

beforeAll(async () => {
  db = openTestDb();
  app = await createApp(db, { production: false });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app.apollo.stop();
  await closeTestDb(db);
});

describe('HTTP service', () => {
  it('/healthz says the database answers', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers a GraphQL query over HTTP with data from Neo4j', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ frameworks { code itemCount } }' }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { frameworks: Array<{ code: string; itemCount: number }> } };
    expect(body.data.frameworks.map((f) => f.code)).toEqual(['GCM', 'GCR', 'NUA', 'SDG']);
    // Answers change with every write: no browser or proxy may keep one.
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('rejects a malformed query with a typed error', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ frameworks { nope } }' }),
    });
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
