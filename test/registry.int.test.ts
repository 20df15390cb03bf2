import type { Database } from '../src/db/database';
import { createApp, type App } from '../src/server/app';
import { closeTestDb, openTestDb } from './support/db';
import {
  addTestCities,
  CITIES,
  code,
  createTestTokens,
  removeRegistryTestData,
  runAs,
  totals,
  type TestTokens,
} from './support/registry';

let db: Database;
let app: App;
let tokens: TestTokens;
beforeAll(async () => {
  db = openTestDb();
  app = await createApp(db, { production: false });
  await removeRegistryTestData(db);
  await addTestCities(db);
  tokens = await createTestTokens(db);
});
afterAll(async () => {
  await removeRegistryTestData(db);
  await app.apollo.stop();
  await closeTestDb(db);
});

const SUBMIT = `mutation($input: PledgeInput!, $key: String) {
  submitPledge(input: $input, idempotencyKey: $key) {
    pledge { id version status title city { id } cities { id } actionAreas { id } alignments { item { id } basis } }
  }
}`;
const UPDATE = `mutation($id: ID!, $version: Int!, $patch: PledgePatch!) {
  updatePledge(id: $id, version: $version, patch: $patch) { pledge { id version title description } }
}`;
const STATUS = `mutation($id: ID!, $version: Int!, $status: String!, $note: String) {
  setPledgeStatus(id: $id, version: $version, status: $status, note: $note) { pledge { id version status } }
}`;
const REPORT = `mutation($id: ID!, $input: ProgressReportInput!) {
  addProgressReport(pledgeId: $id, input: $input) { pledge { id version reports { date forum } } report { date forum status summary } }
}`;

const input = (over: Record<string, unknown> = {}) => ({
  cityIds: [CITIES[0]],
  title: 'Test pledge: interpreters at municipal desks',
  description: 'Interpreters at every municipal service desk.',
  actionAreas: ['AA-4'],
  frameworkItems: ['GCM-15'],
  pledgedOn: '2025-03-01',
  ...over,
});

/** A fresh pledge of the alpha city, submitted by the curator. */
async function fresh(over: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
  const r = await runAs(app, db, tokens.curator, SUBMIT, { input: input(over) });
  expect(r.errors).toBeUndefined();
  return r.data.submitPledge.pledge;
}

const roles: Array<[string, (t: TestTokens) => string | null, string]> = [
  ['no token', () => null, 'UNAUTHENTICATED'],
  ['a bad token', () => 'cgt_not-a-real-token', 'UNAUTHENTICATED'],
  ['a revoked token', (t) => t.revoked, 'UNAUTHENTICATED'],
  ["an editor of the pledge's city", (t) => t.editorAlpha, 'OK'],
  ['an editor of another city', (t) => t.editorBeta, 'FORBIDDEN'],
  ['a curator', (t) => t.curator, 'OK'],
  ['an admin', (t) => t.admin, 'OK'],
];

const actions: Array<[string, (token: string | null) => Promise<ReturnType<typeof code>>]> = [
  ['submit', async (token) => code(await runAs(app, db, token, SUBMIT, { input: input() }))],
  [
    'update',
    async (token) => {
      const p = await fresh();
      return code(await runAs(app, db, token, UPDATE, { id: p.id, version: p.version, patch: { title: 'New title' } }));
    },
  ],
  [
    'status',
    async (token) => {
      const p = await fresh();
      return code(await runAs(app, db, token, STATUS, { id: p.id, version: p.version, status: 'IN_PROGRESS' }));
    },
  ],
  [
    'report',
    async (token) => {
      const p = await fresh();
      const report = { date: '2025-06-01', forum: 'OTHER', status: 'IN_PROGRESS', summary: 'Started.' };
      return code(await runAs(app, db, token, REPORT, { id: p.id, input: report }));
    },
  ],
];

describe('who may write: role × mutation', () => {
  for (const [action, perform] of actions)
    for (const [who, token, expected] of roles)
      it(`${action} by ${who}: ${expected}`, async () => {
        // The fresh pledge an update needs is made inside `perform`; count around the refused write only.
        const before = expected === 'OK' ? null : await totals(db);
        const result = await perform(token(tokens));
        expect(result).toBe(expected);
        if (before && action === 'submit') expect(await totals(db)).toEqual(before);
      });

  it('leaves the graph exactly as it was after every refused update, status change and report', async () => {
    const p = await fresh();
    const before = await totals(db);
    const report = { date: '2025-06-01', forum: 'OTHER', status: 'IN_PROGRESS', summary: 'x' };
    for (const token of [null, 'cgt_bad', tokens.revoked, tokens.editorBeta]) {
      await runAs(app, db, token, UPDATE, { id: p.id, version: p.version, patch: { title: 'Nope' } });
      await runAs(app, db, token, STATUS, { id: p.id, version: p.version, status: 'WITHDRAWN' });
      await runAs(app, db, token, REPORT, { id: p.id, input: report });
    }
    expect(await totals(db)).toEqual(before);
  });
});
