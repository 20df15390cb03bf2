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
let t: TestTokens;
beforeAll(async () => {
  db = openTestDb();
  app = await createApp(db, { production: false });
  await removeRegistryTestData(db);
  await addTestCities(db);
  t = await createTestTokens(db);
});
afterAll(async () => {
  await removeRegistryTestData(db);
  await app.apollo.stop();
  await closeTestDb(db);
});

const [ALPHA, BETA, GAMMA] = CITIES;
const FIELDS =
  'id version status title description targetDate city { id } cities { id } actionAreas { id } partners { id }';
const SUBMIT = `mutation($input: PledgeInput!, $key: String) { submitPledge(input: $input, idempotencyKey: $key) { pledge { ${FIELDS} } } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $patch: PledgePatch!) { updatePledge(id: $id, version: $version, patch: $patch) { pledge { ${FIELDS} } } }`;
const STATUS = `mutation($id: ID!, $version: Int!, $status: String!, $note: String) { setPledgeStatus(id: $id, version: $version, status: $status, note: $note) { pledge { ${FIELDS} } } }`;
const REPORT = `mutation($id: ID!, $input: ProgressReportInput!) { addProgressReport(pledgeId: $id, input: $input) { pledge { version } report { date forum status summary } } }`;
const HISTORY = 'query($id: ID!) { pledge(id: $id) { version history { actor action changes { field from to } } } }';

const input = (over: Record<string, unknown> = {}) => ({
  cityIds: [ALPHA],
  title: 'Test pledge: a welcome office',
  actionAreas: ['AA-1'],
  pledgedOn: '2025-03-01',
  ...over,
});
const submit = async (token: string, over: Record<string, unknown> = {}, key?: string) => {
  const r = await runAs(app, db, token, SUBMIT, { input: input(over), key });
  expect(r.errors).toBeUndefined();
  return r.data.submitPledge.pledge;
};

describe('invalid input', () => {
  it.each([
    [{ title: '' }, 'title'],
    [{ actionAreas: ['AA-9'] }, 'actionAreas'],
    [{ frameworkItems: ['GCM-99'] }, 'frameworkItems'],
    [{ pledgedOn: '2025-02-30' }, 'pledgedOn'],
    [{ targetDate: '2020-01-01' }, 'targetDate'],
    [{ status: 'COMPLETED' }, 'status'],
    [{ cityIds: [] }, 'cityIds'],
    [{ cityIds: [ALPHA, 'test-nowhere-xx'] }, 'cityIds'],
  ])('%j is BAD_USER_INPUT naming %s, and nothing is written', async (over, field) => {
    const before = await totals(db);
    const r = await runAs(app, db, t.curator, SUBMIT, { input: input(over) });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(r.errors?.[0]?.message).toMatch(new RegExp(`^${field}: `));
    expect(await totals(db)).toEqual(before);
  });

  it('rejects a bad patch or report the same way', async () => {
    const p = await submit(t.curator);
    const before = await totals(db);
    const bad = await runAs(app, db, t.curator, UPDATE, { id: p.id, version: p.version, patch: { actionAreas: [] } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actionAreas' });
    const report = { date: '2025-13-01', forum: 'IMRF', status: 'IN_PROGRESS', summary: 'x' };
    const r = await runAs(app, db, t.curator, REPORT, { id: p.id, input: report });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    const f = await runAs(app, db, t.curator, REPORT, {
      id: p.id,
      input: { ...report, date: '2025-01-01', forum: 'UN' },
    });
    expect(f.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'forum' });
    expect(await totals(db)).toEqual(before);
  });

  it('is NOT_FOUND for an unknown pledge', async () => {
    const r = await runAs(app, db, t.curator, UPDATE, { id: 'test-none', version: 1, patch: { title: 'x' } });
    expect(code(r)).toBe('NOT_FOUND');
  });
});

describe('versions and retries', () => {
  it('bumps the version on every change and refuses a stale one with CONFLICT, changing nothing', async () => {
    const p = await submit(t.curator);
    expect(p.version).toBe(1);
    const u = await runAs(app, db, t.editorAlpha, UPDATE, { id: p.id, version: 1, patch: { title: 'Test: renamed' } });
    expect(u.data.updatePledge.pledge).toMatchObject({ version: 2, title: 'Test: renamed' });
    const before = await totals(db);
    const stale = await runAs(app, db, t.editorAlpha, UPDATE, { id: p.id, version: 1, patch: { title: 'Test: lost' } });
    expect(code(stale)).toBe('CONFLICT');
    const staleStatus = await runAs(app, db, t.editorAlpha, STATUS, { id: p.id, version: 1, status: 'IN_PROGRESS' });
    expect(code(staleStatus)).toBe('CONFLICT');
    expect(await totals(db)).toEqual(before);
  });

  it('answers a retried submission with the same idempotency key with the first pledge', async () => {
    const before = await totals(db);
    const a = await submit(t.editorAlpha, {}, 'retry-1');
    const after = await totals(db);
    const b = await submit(t.editorAlpha, {}, 'retry-1');
    expect(b.id).toBe(a.id);
    expect(await totals(db)).toEqual(after);
    expect(after.nodes).toBeGreaterThan(before.nodes);
    const other = await submit(t.editorAlpha, {}, 'retry-2');
    expect(other.id).not.toBe(a.id);
  });

  it('lets exactly one of several concurrent updates naming the same version succeed', async () => {
    const p = await submit(t.curator);
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        runAs(app, db, t.curator, UPDATE, { id: p.id, version: p.version, patch: { title: `Test: writer ${n}` } }),
      ),
    );
    expect(results.map(code).sort()).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    const h = await runAs(app, db, t.curator, HISTORY, { id: p.id });
    expect(h.data.pledge.version).toBe(2);
    expect(h.data.pledge.history.map((e: any) => e.action)).toEqual(['SUBMITTED', 'UPDATED']);
  });
});

describe('lifecycle', () => {
  const allowed: Record<string, string[]> = {
    DRAFT: ['PLEDGED', 'WITHDRAWN'],
    PLEDGED: ['IN_PROGRESS', 'SUSPENDED', 'WITHDRAWN'],
    IN_PROGRESS: ['COMPLETED', 'SUSPENDED', 'WITHDRAWN'],
    SUSPENDED: ['IN_PROGRESS', 'WITHDRAWN'],
    COMPLETED: [],
    WITHDRAWN: [],
  };
  const routeTo: Record<string, string[]> = {
    DRAFT: [],
    PLEDGED: ['PLEDGED'],
    IN_PROGRESS: ['PLEDGED', 'IN_PROGRESS'],
    SUSPENDED: ['PLEDGED', 'SUSPENDED'],
    COMPLETED: ['PLEDGED', 'IN_PROGRESS', 'COMPLETED'],
    WITHDRAWN: ['WITHDRAWN'],
  };
  const statuses = Object.keys(allowed);

  /** A pledge brought to `status` through allowed steps from a draft. */
  async function at(status: string) {
    let p = await submit(t.curator, { status: 'DRAFT' });
    for (const s of routeTo[status]) {
      const r = await runAs(app, db, t.curator, STATUS, { id: p.id, version: p.version, status: s });
      expect(r.errors).toBeUndefined();
      p = r.data.setPledgeStatus.pledge;
    }
    expect(p.status).toBe(status);
    return p;
  }

  for (const from of statuses)
    for (const to of statuses.filter((s) => s !== from)) {
      const ok = allowed[from].includes(to);
      it(`${from} → ${to}: ${ok ? 'allowed' : 'BAD_USER_INPUT'}`, async () => {
        const p = await at(from);
        const before = await totals(db);
        const r = await runAs(app, db, t.curator, STATUS, { id: p.id, version: p.version, status: to });
        if (ok) {
          expect(r.data.setPledgeStatus.pledge).toMatchObject({ status: to, version: p.version + 1 });
        } else {
          expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
          const next = allowed[from].length > 0 ? allowed[from].join(', ') : 'none';
          expect(r.errors?.[0]?.message).toContain(`allowed next: ${next}`);
          expect(await totals(db)).toEqual(before);
        }
      });
    }
});

describe('history', () => {
  it('records every write with actor, action and each changed field before and after, oldest first', async () => {
    const p = await submit(t.editorAlpha, { frameworkItems: ['GCM-15'], targetDate: '2027-12-31' });
    const u = await runAs(app, db, t.curator, UPDATE, {
      id: p.id,
      version: 1,
      patch: { title: 'Test: a bigger welcome office', frameworkItems: ['GCM-15', 'GCM-16'], targetDate: null },
    });
    expect(u.errors).toBeUndefined();
    await runAs(app, db, t.admin, STATUS, { id: p.id, version: 2, status: 'IN_PROGRESS', note: 'Office open.' });
    const report = { date: '2026-01-15', forum: 'GRF', status: 'IN_PROGRESS', summary: 'Half the staff hired.' };
    await runAs(app, db, t.editorAlpha, REPORT, { id: p.id, input: report });
    const h = await runAs(app, db, null, HISTORY, { id: p.id });
    const events = h.data.pledge.history;
    expect(h.data.pledge.version).toBe(4);
    expect(events.map((e: any) => [e.actor, e.action])).toEqual([
      ['test editor alpha', 'SUBMITTED'],
      ['test curator', 'UPDATED'],
      ['test admin', 'STATUS_CHANGED'],
      ['test editor alpha', 'REPORTED'],
    ]);
    expect(events[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'title', from: null, to: 'Test pledge: a welcome office' },
        { field: 'status', from: null, to: 'PLEDGED' },
        { field: 'cities', from: null, to: ALPHA },
        { field: 'frameworkItems', from: null, to: 'GCM-15' },
      ]),
    );
    expect(events[1].changes).toEqual([
      { field: 'title', from: 'Test pledge: a welcome office', to: 'Test: a bigger welcome office' },
      { field: 'targetDate', from: '2027-12-31', to: null },
      { field: 'frameworkItems', from: 'GCM-15', to: 'GCM-15;GCM-16' },
    ]);
    expect(events[2].changes).toEqual([
      { field: 'status', from: 'PLEDGED', to: 'IN_PROGRESS' },
      { field: 'note', from: null, to: 'Office open.' },
    ]);
    expect(events[3].changes).toContainEqual({ field: 'report.forum', from: null, to: 'GRF' });
  });
});

describe('joint pledges', () => {
  it('lists every city, lead first; the lead submits, any of its cities updates and reports', async () => {
    const p = await submit(t.editorAlpha, { cityIds: [ALPHA, BETA, GAMMA] });
    expect(p.city.id).toBe(ALPHA);
    expect(p.cities.map((c: any) => c.id)).toEqual([ALPHA, BETA, GAMMA]);
    const byBeta = await runAs(app, db, t.editorBeta, UPDATE, {
      id: p.id,
      version: 1,
      patch: { title: 'Test: joint' },
    });
    expect(byBeta.errors).toBeUndefined();
    const report = { date: '2026-01-15', forum: 'OTHER', status: 'IN_PROGRESS', summary: 'Both cities started.' };
    expect(code(await runAs(app, db, t.editorBeta, REPORT, { id: p.id, input: report }))).toBe('OK');
    // Beta is a member, not the lead: it may not submit in the alpha city's name.
    const notLead = await runAs(app, db, t.editorBeta, SUBMIT, { input: input({ cityIds: [ALPHA, BETA] }) });
    expect(code(notLead)).toBe('FORBIDDEN');
    const city = await runAs(app, db, null, `{ city(id: "${GAMMA}") { pledges { totalCount } } }`);
    expect(city.data.city.pledges.totalCount).toBeGreaterThanOrEqual(1);
  });
});
