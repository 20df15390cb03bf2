import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import pino from 'pino';
import { defaultServiceConfig } from '../src/config-service';
import { closeTestDb, openTestDb } from './support/db';
import { addTestCities, CITIES, createTestTokens, removeRegistryTestData, totals } from './support/registry';
import { post, serve, type Served } from './support/served';

// An OpenID Connect provider stands on a loopback port: its JWKS is served by this file, its tokens
// signed here with a key pair made by jose. The service verifies them like any deployment would.
const db = openTestDb();
const ISSUER = 'https://login.example.org/realms/cities';
const AUDIENCE = 'commitments-graph';
const [ALPHA, BETA] = CITIES;
const logs: string[] = [];
let jwks: http.Server;
let s: Served;
let key: KeyLike;
let otherKey: KeyLike;
let registryToken: string;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  key = pair.privateKey;
  otherKey = (await generateKeyPair('RS256')).privateKey;
  const published = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  jwks = http.createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [published] }));
  });
  await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', r));
  const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/certs`;
  const oidc = { jwksUrl, issuer: ISSUER, audience: AUDIENCE, roleClaim: 'cg_role', citiesClaim: 'cg_cities' };
  const logger = pino({ level: 'info' }, { write: (line: string) => logs.push(line) });
  s = await serve(db, { service: { ...defaultServiceConfig(), oidc }, logger });
  await removeRegistryTestData(db);
  await addTestCities(db);
  registryToken = (await createTestTokens(db)).editorAlpha;
});
afterAll(async () => {
  await removeRegistryTestData(db);
  await s.close();
  await new Promise((r) => jwks.close(r));
  await closeTestDb(db);
});

interface Claims {
  role?: string;
  cities?: string[];
  issuer?: string;
  audience?: string;
  expires?: number | string;
  signer?: KeyLike;
}
const jwt = (c: Claims = {}) =>
  new SignJWT({ cg_role: c.role ?? 'CITY_EDITOR', cg_cities: c.cities ?? [ALPHA], name: 'Alpha migration office' })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(c.issuer ?? ISSUER)
    .setAudience(c.audience ?? AUDIENCE)
    .setSubject('user-42')
    .setIssuedAt()
    .setExpirationTime(c.expires ?? '5m')
    .sign(c.signer ?? key);

const VIEWER = '{ viewer { name role cities { id } } }';
const SUBMIT = 'mutation($input: PledgeInput!) { submitPledge(input: $input) { pledge { id status city { id } } } }';
const as = (token: string, query: string, variables?: object) =>
  post(s.base, { query, variables }, { authorization: `Bearer ${token}` });
const submitFor = (token: string, city: string) =>
  as(token, SUBMIT, {
    input: { cityIds: [city], title: 'Test pledge: an OIDC draft', actionAreas: ['AA-1'], pledgedOn: '2025-03-01' },
  });
const codeOf = (r: { json: any }) => r.json.errors?.[0]?.extensions?.code ?? 'OK';

describe('OIDC bearer JWTs (OIDC_JWKS_URL)', () => {
  it('a valid token is a viewer with the role and cities of its claims', async () => {
    const r = await as(await jwt(), VIEWER);
    expect(r.json).toEqual({
      data: { viewer: { name: 'Alpha migration office', role: 'CITY_EDITOR', cities: [{ id: ALPHA }] } },
    });
  });

  it('writes are authorized exactly as for a registry token with the same role and cities', async () => {
    const token = await jwt();
    const mine = await submitFor(token, ALPHA);
    expect(codeOf(mine)).toBe('OK');
    expect(mine.json.data.submitPledge.pledge.city).toEqual({ id: ALPHA });
    const theirs = await submitFor(token, BETA);
    expect(codeOf(theirs)).toBe('FORBIDDEN');
    expect([codeOf(await submitFor(registryToken, ALPHA)), codeOf(await submitFor(registryToken, BETA))]).toEqual([
      'OK',
      'FORBIDDEN',
    ]);
    expect(codeOf(await submitFor(await jwt({ role: 'CURATOR', cities: [] }), BETA))).toBe('OK');
  });

  it.each<[string, () => Claims]>([
    ['expired', () => ({ expires: Math.floor(Date.now() / 1000) - 3600 })],
    ['from another issuer', () => ({ issuer: 'https://elsewhere.example.org' })],
    ['for another audience', () => ({ audience: 'another-api' })],
    ['signed by another key', () => ({ signer: otherKey })],
    ['with no known role', () => ({ role: 'MAYOR' })],
  ])('a token %s is UNAUTHENTICATED and writes nothing', async (_what, claims) => {
    const token = await jwt(claims());
    expect(codeOf(await as(token, VIEWER))).toBe('UNAUTHENTICATED');
    const before = await totals(db);
    expect(codeOf(await submitFor(token, ALPHA))).toBe('UNAUTHENTICATED');
    expect(await totals(db)).toEqual(before);
  });

  it('never logs a token', async () => {
    const token = await jwt();
    await as(token, VIEWER);
    await as(`${token.slice(0, -4)}AAAA`, VIEWER);
    expect(logs.length).toBeGreaterThan(0);
    const all = logs.join('\n');
    for (const part of token.split('.')) expect(all).not.toContain(part);
    expect(all).not.toContain(registryToken);
  });
});
