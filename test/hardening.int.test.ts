import { serverAudits } from 'graphql-http';
import { schema } from '../src/graphql/schema';
import { defaultServiceConfig } from '../src/config-service';
import type { Database } from '../src/db/database';
import { closeTestDb, openTestDb } from './support/db';
import { OperationFuzzer, rng } from './support/fuzz';
import { post, serve, type Answer, type Served } from './support/served';

let db: Database;
let s: Served;
beforeAll(async () => {
  db = openTestDb();
  // The README's default mode (npm start: not production), with the rate limit off for the fuzz run.
  s = await serve(db, { production: false, service: { ...defaultServiceConfig(), rateLimitPerMinute: 0 } });
});
afterAll(async () => {
  await s.close();
  await closeTestDb(db);
});

const LEAK = /stacktrace|\bat [\w.<>]+ \(|\/work\/|\/home\/|node_modules|\.ts:\d|\.js:\d|Neo4jError|Cypher|bolt:\/\//i;
const codeOf = (a: Answer) => a.json?.errors?.[0]?.extensions?.code;

describe('every answer on /graphql is GraphQL JSON with a specific code', () => {
  it.each([
    ['invalid JSON', '{"query": "{ frameworks { code } "', 400, 'INVALID_JSON'],
    ['an oversized body', JSON.stringify({ query: `{ __typename }${' '.repeat(200_000)}` }), 413, 'PAYLOAD_TOO_LARGE'],
    ['a parse error', { query: '{ frameworks { code ' }, 400, 'GRAPHQL_PARSE_FAILED'],
    // The registry's mutations exist: an unknown one is a validation error, never a server error.
    ['an unknown mutation', { query: 'mutation { x }' }, 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['a subscription (the schema has none)', { query: 'subscription { x }' }, 400, 'OPERATION_NOT_SUPPORTED'],
    [
      'an unknown persisted query',
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } },
      200,
      'PERSISTED_QUERY_NOT_FOUND',
    ],
    [
      'a persisted query of an unknown version',
      { extensions: { persistedQuery: { version: 9, sha256Hash: 'ab'.repeat(32) } } },
      400,
      'BAD_REQUEST',
    ],
    ['no query at all', {}, 400, 'BAD_REQUEST'],
    ['a batch', [{ query: '{ __typename }' }, { query: '{ __typename }' }], 400, 'BAD_REQUEST'],
    ['blank search text', { query: '{ searchItems(text: "   ") { id } }' }, 200, 'BAD_USER_INPUT'],
    [
      'punctuation-only search',
      { query: '{ pledges(filter: { search: "**" }) { totalCount } }' },
      200,
      'BAD_USER_INPUT',
    ],
  ])('%s', async (_name, body, status, code) => {
    const a = await post(s.base, body as object);
    expect(a.type).toMatch(/application\/(graphql-response\+)?json/);
    expect([a.status, codeOf(a)]).toEqual([status, code]);
    expect(a.text).not.toMatch(LEAK);
  });

  it('a body that is not JSON at all is refused in JSON', async () => {
    const res = await fetch(`${s.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{ __typename }',
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('content-type')).toMatch(/json/);
  });
});

describe('HTTP surface', () => {
  it('sends security headers and no X-Powered-By', async () => {
    const res = await fetch(`${s.base}/healthz`);
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]+$/);
  });

  it('allows only configured origins (CORS)', async () => {
    const open = await serve(db, { service: { ...defaultServiceConfig(), corsOrigins: ['https://maps.example.org'] } });
    try {
      const ok = await fetch(`${open.base}/healthz`, { headers: { origin: 'https://maps.example.org' } });
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://maps.example.org');
      const other = await fetch(`${open.base}/healthz`, { headers: { origin: 'https://evil.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await open.close();
    }
  });

  it('limits each client per minute with 429 in GraphQL JSON, a token being its own client', async () => {
    const limited = await serve(db, { service: { ...defaultServiceConfig(), rateLimitPerMinute: 3 } });
    try {
      const q = { query: '{ __typename }' };
      for (let i = 0; i < 3; i++) expect((await post(limited.base, q)).status).toBe(200);
      const refused = await post(limited.base, q);
      expect([refused.status, codeOf(refused)]).toEqual([429, 'RATE_LIMITED']);
      const withToken = await post(limited.base, q, { authorization: 'Bearer some-token' });
      expect(withToken.status).toBe(200);
      const metrics = await (await fetch(`${limited.base}/metrics`)).text();
      expect(metrics).toMatch(/http_rate_limited_total 1/);
    } finally {
      await limited.close();
    }
  });

  it('serves Prometheus metrics per operation and error code', async () => {
    await post(s.base, { query: 'query Frameworks { frameworks { code } }' });
    await post(s.base, { query: '{ nope }' });
    const text = await (await fetch(`${s.base}/metrics`)).text();
    expect(text).toMatch(/graphql_requests_total\{operation="Frameworks",outcome="ok"\} \d+/);
    expect(text).toMatch(/graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} \d+/);
    expect(text).toMatch(/graphql_request_duration_seconds_bucket/);
  });
});

describe('GraphQL over HTTP', () => {
  it('passes every MUST audit of graphql-http', async () => {
    const audits = serverAudits({ url: `${s.base}/graphql`, fetchFn: fetch }).filter((a) => a.name.startsWith('MUST'));
    const failed: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status !== 'ok') failed.push(`${audit.name}: ${result.reason}`);
    }
    expect(failed).toEqual([]);
    expect(audits.length).toBeGreaterThanOrEqual(10);
  });
});

describe('fuzzing the live schema', () => {
  const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

  it(`answers ${RUNS} random valid and malformed operations without a 5xx or a leak, and stays alive`, async () => {
    const fuzz = new OperationFuzzer(await schema(), rng(20261201));
    const bodies = Array.from({ length: RUNS }, (_, i) => ({ query: i % 2 === 0 ? fuzz.valid() : fuzz.malformed() }));
    const bad: string[] = [];
    let next = 0;
    const client = async () => {
      while (next < bodies.length) {
        const body = bodies[next++];
        const a = await post(s.base, body);
        if (a.status >= 500 || a.json === undefined || LEAK.test(a.text)) {
          bad.push(`${a.status} ${body.query.slice(0, 200)} → ${a.text.slice(0, 300)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, client));
    console.log(`fuzz: ${RUNS} operations, ${bad.length} with a 5xx, a non-JSON answer or a leak`);
    expect(bad.slice(0, 5)).toEqual([]);
    expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
  }, 600000);
});
