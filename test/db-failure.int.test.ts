import type { AddressInfo } from 'node:net';
import { Database } from '../src/db/database';
import { createDriver } from '../src/db/driver';
import { createApp, type App } from '../src/server/app';

// A database that cannot be reached: the driver fails fast on a closed port.
const dead = new Database(createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: '' }, 2000), 'neo4j');
let app: App;
let base: string;

beforeAll(async () => {
  app = await createApp(dead, { production: true });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.apollo.stop();
  await dead.driver.close();
});

const post = async (query: string) => {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions: Record<string, unknown> }> };
};

describe('when the database fails', () => {
  it('answers with a masked, coded error and keeps serving', async () => {
    const r = await post('{ actionAreas { id } }');
    expect(r.errors?.[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(r.errors?.[0].message).toBe('The graph database is not reachable right now; try again shortly.');
    expect(JSON.stringify(r)).not.toMatch(/127\.0\.0\.1|stacktrace|ECONNREFUSED|bolt/i);
    expect((await post('{ __typename }')).data).toEqual({ __typename: 'Query' });
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'degraded', database: 'down' });
  });
});
