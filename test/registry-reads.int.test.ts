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

const [ALPHA, BETA] = CITIES;
const SUBMIT = `mutation($input: PledgeInput!) { submitPledge(input: $input) { pledge { id version status } } }`;
const submit = async (token: string, over: Record<string, unknown>) => {
  const input = { cityIds: [ALPHA], title: 'Test pledge', actionAreas: ['AA-4'], pledgedOn: '2025-01-10', ...over };
  const r = await runAs(app, db, token, SUBMIT, { input });
  expect(r.errors).toBeUndefined();
  return r.data.submitPledge.pledge as { id: string; version: number; status: string };
};

describe('viewer', () => {
  it('names the token holder, its role and cities; null without a token; UNAUTHENTICATED for a bad one', async () => {
    const q = '{ viewer { name role cities { id } } }';
    expect((await runAs(app, db, t.editorAlpha, q)).data.viewer).toEqual({
      name: 'test editor alpha',
      role: 'CITY_EDITOR',
      cities: [{ id: ALPHA }],
    });
    expect((await runAs(app, db, t.admin, q)).data.viewer).toMatchObject({ role: 'ADMIN', cities: [] });
    expect((await runAs(app, db, null, q)).data.viewer).toBeNull();
    expect(code(await runAs(app, db, 'cgt_nope', q))).toBe('UNAUTHENTICATED');
    expect(code(await runAs(app, db, t.revoked, q))).toBe('UNAUTHENTICATED');
  });
});

describe('drafts', () => {
  // Every public read path, as counts that a visible draft would change.
  const READS = `{
    all: pledges(first: 1) { totalCount }
    search: pledges(filter: { search: "Quokkazebra" }) { totalCount }
    area: pledges(filter: { actionArea: "AA-6" }) { totalCount }
    city: city(id: "${ALPHA}") { pledges { totalCount } commitments(framework: GCM) { item { id } } }
    item: item(id: "GCM-23") { pledges { totalCount } }
    actionArea: node(id: "AA-6") { ... on ActionArea { pledges { totalCount } } }
    cities: cities(filter: { item: "GCM-23" }) { totalCount }
    coverage: coverage(framework: GCM) { item { id } pledgeCount cityCount }
    peers: peers(cityId: "${BETA}", first: 50) { city { id } }
  }`;

  it('are invisible to the public in every read path, and visible by id to their editors and curators', async () => {
    await submit(t.editorBeta, { cityIds: [BETA], frameworkItems: ['GCM-23'], actionAreas: ['AA-6'] });
    const before = await runAs(app, db, null, READS);
    expect(before.errors).toBeUndefined();
    const draft = await submit(t.editorAlpha, {
      title: 'Test Quokkazebra draft',
      status: 'DRAFT',
      frameworkItems: ['GCM-23'],
      actionAreas: ['AA-6'],
    });
    expect(draft.status).toBe('DRAFT');
    const publicView = await runAs(app, db, null, READS);
    expect(publicView.data).toEqual(before.data);
    expect(publicView.data.peers.map((p: any) => p.city.id)).not.toContain(ALPHA);
    // Even a token holder sees the same public lists.
    expect((await runAs(app, db, t.editorBeta, READS)).data).toEqual(before.data);

    const byId = `{ pledge(id: "${draft.id}") { id status } node(id: "${draft.id}") { id } }`;
    for (const token of [null, t.editorBeta, 'cgt_bad'])
      expect((await runAs(app, db, token, byId)).data).toEqual({ pledge: null, node: null });
    for (const token of [t.editorAlpha, t.curator, t.admin])
      expect((await runAs(app, db, token, byId)).data).toEqual({
        pledge: { id: draft.id, status: 'DRAFT' },
        node: { id: draft.id },
      });

    const DRAFTS = '{ pledges(first: 100, filter: { status: "DRAFT" }) { totalCount edges { node { id } } } }';
    const drafts = async (token: string | null) =>
      (await runAs(app, db, token, DRAFTS)).data.pledges.edges.map((e: any) => e.node.id);
    expect(await drafts(null)).toEqual([]);
    expect(await drafts(t.editorBeta)).not.toContain(draft.id);
    expect(await drafts(t.editorAlpha)).toContain(draft.id);
    expect(await drafts(t.curator)).toContain(draft.id);

    // Once pledged it shows everywhere at once, counted like any pledge.
    const STATUS =
      'mutation($id: ID!, $v: Int!) { setPledgeStatus(id: $id, version: $v, status: "PLEDGED") { pledge { id } } }';
    expect((await runAs(app, db, t.editorAlpha, STATUS, { id: draft.id, v: draft.version })).errors).toBeUndefined();
    const after = (await runAs(app, db, null, READS)).data;
    expect(after.all.totalCount).toBe(before.data.all.totalCount + 1);
    expect(after.search.totalCount).toBe(1);
    expect(after.area.totalCount).toBe(before.data.area.totalCount + 1);
    expect(after.city.pledges.totalCount).toBe(1);
    expect(after.city.commitments.map((c: any) => c.item.id)).toContain('GCM-23');
    expect(after.item.pledges.totalCount).toBe(before.data.item.pledges.totalCount + 1);
    expect(after.actionArea.pledges.totalCount).toBe(before.data.actionArea.pledges.totalCount + 1);
    expect(after.cities.totalCount).toBe(before.data.cities.totalCount + 1);
    const row = (d: any) => d.coverage.find((r: any) => r.item.id === 'GCM-23');
    expect(row(after).pledgeCount).toBe(row(before.data).pledgeCount + 1);
    expect(after.peers.map((p: any) => p.city.id)).toContain(ALPHA);
    expect(await drafts(t.editorAlpha)).not.toContain(draft.id);
  });
});

describe('due and overdue reports', () => {
  const DUE = '{ pledge(id: $id) { nextReportDue overdue reports { date forum } } }';
  const at = (day: string) => () => new Date(`${day}T12:00:00Z`);
  const due = async (id: string, day: string) =>
    (await runAs(app, db, null, `query($id: ID!) ${DUE}`, { id }, at(day))).data.pledge;
  const mine: string[] = [];
  const overdueIds = async (day: string, overdue: boolean) => {
    const q = `query($o: Boolean!) { pledges(first: 100, filter: { overdue: $o, country: "KEN" }) { edges { node { id } } } }`;
    const r = await runAs(app, db, null, q, { o: overdue }, at(day));
    return r.data.pledges.edges.map((e: any) => e.node.id).filter((id: string) => mine.includes(id));
  };

  it('follows the review forums in seeds/roadmap.yaml, judged on the day given', async () => {
    const old = await submit(t.editorBeta, { cityIds: [BETA], pledgedOn: '2021-03-01' });
    const recent = await submit(t.editorBeta, { cityIds: [BETA], pledgedOn: '2024-02-01' });
    mine.push(old.id, recent.id);
    expect(await due(old.id, '2022-01-01')).toMatchObject({ nextReportDue: '2022-05-20', overdue: false });
    expect(await due(old.id, '2022-06-01')).toMatchObject({ nextReportDue: '2022-05-20', overdue: true });
    expect(await due(recent.id, '2026-06-15')).toMatchObject({ nextReportDue: '2026-05-31', overdue: true });
    expect(await overdueIds('2022-06-01', true)).toEqual([old.id]);
    expect(await overdueIds('2022-06-01', false)).toEqual([recent.id]);

    const REPORT =
      'mutation($id: ID!, $i: ProgressReportInput!) { addProgressReport(pledgeId: $id, input: $i) { report { date } } }';
    const input = { date: '2022-05-18', forum: 'IMRF', status: 'IN_PROGRESS', summary: 'Reported at the IMRF.' };
    expect((await runAs(app, db, t.editorBeta, REPORT, { id: old.id, i: input })).errors).toBeUndefined();
    expect(await due(old.id, '2022-06-01')).toMatchObject({ nextReportDue: '2023-12-15', overdue: false });
    expect(await due(old.id, '2024-01-01')).toMatchObject({ nextReportDue: '2023-12-15', overdue: true });
    expect(await overdueIds('2022-06-01', true)).toEqual([]);
    expect(await overdueIds('2024-01-01', true)).toEqual([old.id]);
    expect((await due(old.id, '2024-01-01')).reports).toEqual([{ date: '2022-05-18', forum: 'IMRF' }]);
  });
});
