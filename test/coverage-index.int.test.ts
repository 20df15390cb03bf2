import type { Database } from '../src/db/database';
import { CoverageRepository, PUBLIC_STATUSES } from '../src/graph/coverage.repo';
import { importPledges } from '../src/graph/pledges/import';
import { removeTestData } from './support/cleanup';
import { closeTestDb, openTestDb } from './support/db';

/**
 * The in-memory coverage index against the graph walks it replaces (coverage-matching.cypher,
 * coverage-matrix.cypher, run here as the reference): equal answers for every framework and a
 * spread of filters, and still equal after each kind of write it must follow (new pledges, a
 * changed pledge, a deletion), within two round trips.
 */
let db: Database;
let repo: CoverageRepository;
beforeAll(() => {
  db = openTestDb();
  repo = new CoverageRepository(db);
});
afterAll(async () => {
  await removeTestData(db);
  await closeTestDb(db);
});

const FILTERS = [
  null,
  { region: 'Europe' },
  { actionArea: 'AA-4' },
  { region: 'Americas', actionArea: 'AA-1' },
  { country: 'CAN' },
  { status: 'IN_PROGRESS' },
  { illustrative: true },
  { illustrative: false },
];
const params = (f: Record<string, unknown> | null) => ({
  region: null,
  country: null,
  actionArea: null,
  status: null,
  illustrative: null,
  ...(f ?? {}),
});

async function expectSameAsGraphWalks() {
  for (const framework of ['GCM', 'GCR', 'NUA', 'SDG'])
    for (const f of FILTERS) {
      const walked = await db.read('coverage-matching', { framework, ...params(f) });
      const counted = await repo.matching(framework, f);
      expect(counted.map((r) => [r.item.id, r.pledgeCount, r.cityCount, r.declaredPledgeCount])).toEqual(
        walked.map((r) => [
          (r.item as { id: string }).id,
          Number(r.pledgeCount),
          Number(r.cityCount),
          Number(r.declaredPledgeCount),
        ]),
      );
    }
  for (const by of ['REGION', 'ACTION_AREA', 'STATUS'] as const)
    for (const f of [null, { region: 'Europe' }, { actionArea: 'AA-2' }]) {
      const walked = await db.read('coverage-matrix', {
        framework: 'SDG',
        by,
        lang: 'fr',
        statuses: [...PUBLIC_STATUSES],
        ...params(f),
      });
      const counted = await repo.matrix('SDG', by, f, 'FR');
      expect(counted.columns).toEqual(walked[0].columns);
      expect(counted.rows.map((r) => [r.item.id, r.pledgeCounts, r.cityCounts])).toEqual(
        walked.map((r) => [
          (r.item as { id: string }).id,
          (r.pledgeCounts as unknown[]).map(Number),
          (r.cityCounts as unknown[]).map(Number),
        ]),
      );
    }
}

const pledge = (n: number, extra: Record<string, unknown> = {}) => ({
  line: n,
  fields: {
    id: `test-covidx-${n}`,
    city: n % 2 === 0 ? 'Test Indexville' : 'Test Countburg',
    country: n % 2 === 0 ? 'CAN' : 'DEU',
    title: `Test coverage index pledge ${n}`,
    actionAreas: n % 3 === 0 ? ['AA-4', 'AA-1'] : ['AA-2'],
    frameworkItems: ['GCM-23', 'SDG-10.7'],
    status: 'PLEDGED',
    pledgedOn: '2023-01-01',
    illustrative: true,
    ...extra,
  },
});

describe('in-memory coverage index', () => {
  it('answers as the graph walks do on the seeded graph', async () => {
    await expectSameAsGraphWalks();
  });

  it('follows new pledges, then a changed one, with one extra round trip after a write and none before', async () => {
    await repo.matching('GCM', { region: 'Europe' });
    let before = db.roundTrips;
    await repo.matching('GCM', { region: 'Europe' });
    expect(db.roundTrips - before).toBe(1);

    const rows = [1, 2, 3, 4, 5, 6].map((n) => pledge(n));
    expect((await importPledges(db, rows)).written).toBe(6);
    before = db.roundTrips;
    await repo.matching('GCM', { region: 'Europe' });
    expect(db.roundTrips - before).toBe(2);
    await expectSameAsGraphWalks();

    const changed = [pledge(3, { status: 'IN_PROGRESS', actionAreas: ['AA-2'], illustrative: false })];
    expect((await importPledges(db, changed)).written).toBe(1);
    await expectSameAsGraphWalks();
  });

  it('reloads whole after a deletion and still agrees', async () => {
    await removeTestData(db);
    await expectSameAsGraphWalks();
    const walked = await db.read('coverage-matching', { framework: 'GCM', ...params(null) });
    const gcm23 = walked.find((r) => (r.item as { id: string }).id === 'GCM-23');
    const counted = await repo.matching('GCM', null);
    expect(counted.find((r) => r.item.id === 'GCM-23')?.pledgeCount).toBe(Number(gcm23?.pledgeCount));
  });
});
