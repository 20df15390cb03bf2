import type { Database } from '../src/db/database';
import { refreshReach, txRun } from '../src/graph/derived/reach';
import { importPledges } from '../src/graph/pledges/import';
import { RegistryWriter } from '../src/graph/registry/write';
import { createApp, type App } from '../src/server/app';
import { CommunityOfPracticeDocument } from './generated/operations';
import { removeTestData } from './support/cleanup';
import { staleCities, staleItems } from './support/derived-check';
import { closeTestDb, openTestDb } from './support/db';
import { run } from './support/gql';

let db: Database;
let app: App;
beforeAll(async () => {
  db = openTestDb();
  app = await createApp(db, { production: false });
});
afterAll(async () => {
  await removeTestData(db);
  await app.apollo.stop();
  await closeTestDb(db);
});

const record = (line: number, city: string, areas: string[], items: string[]) => ({
  line,
  fields: {
    id: `${city.toLowerCase().replace(/ /g, '-')}-ca-2022-${line}`,
    city,
    country: 'CAN',
    title: `${city} pledge ${line}`,
    actionAreas: areas,
    frameworkItems: items,
    status: 'PLEDGED',
    pledgedOn: '2022-05-01',
    illustrative: true,
  },
});

describe('derived reach data follows every write', () => {
  it('imports, edits, drafts and deletes keep coverage counts and city sets exact', async () => {
    await importPledges(db, [
      record(1, 'Test Reachville', ['AA-4'], ['GCM-15', 'SDG-10.7']),
      record(2, 'Test Reachville', ['AA-1', 'AA-4'], []),
      record(3, 'Test Otherville', ['AA-4'], ['NUA-28']),
    ]);
    expect(await staleItems(db)).toEqual([]);
    expect(await staleCities(db)).toEqual([]);

    // Re-import with changed links: old contributions leave, new ones arrive.
    await importPledges(db, [
      record(1, 'Test Reachville', ['AA-2'], ['GCM-1']),
      record(2, 'Test Reachville', ['AA-1', 'AA-4'], []),
      record(3, 'Test Otherville', ['AA-4', 'AA-6'], ['NUA-28', 'SDG-10.7']),
    ]);
    expect(await staleItems(db)).toEqual([]);
    expect(await staleCities(db)).toEqual([]);

    // A pledge turned DRAFT stops counting; published again, it counts again.
    for (const status of ['DRAFT', 'PLEDGED']) {
      await db.inWriteTransaction(async (tx) => {
        await tx.run("MATCH (p:Pledge {id: 'test-otherville-ca-2022-3'}) SET p.status = $status", { status });
        await refreshReach(txRun(tx), ['test-otherville-ca-2022-3']);
      });
      expect(await staleItems(db)).toEqual([]);
      expect(await staleCities(db)).toEqual([]);
    }

    await removeTestData(db);
    expect(await staleItems(db)).toEqual([]);
  });

  it('registry mutations keep them exact: drafts never count, joint pledges count for every city', async () => {
    await importPledges(db, [record(1, 'Test Jointville', ['AA-6'], []), record(1, 'Test Partnerville', ['AA-6'], [])]);
    const writer = new RegistryWriter(db);
    const curator = { name: 'test-curator', role: 'CURATOR' as const, cities: [] };
    const draft = await writer.submit(curator, {
      cityIds: ['test-jointville-ca', 'test-partnerville-ca'],
      title: 'Test joint pledge: shared reception desks',
      actionAreas: ['AA-4'],
      frameworkItems: ['GCM-15'],
      status: 'DRAFT',
      pledgedOn: '2024-01-10',
    });
    const reach = async (city: string) =>
      (await db.runText('MATCH (c:City {id: $city}) RETURN c.reachItems AS items', { city }))[0].items as string[];
    // A draft counts for nothing.
    expect(await reach('test-jointville-ca')).not.toContain('GCM-15');
    expect(await staleItems(db)).toEqual([]);
    // Published: it counts for both of its cities.
    const published = await writer.setStatus(curator, draft.id, Number(draft.version), 'PLEDGED');
    expect(await reach('test-jointville-ca')).toContain('GCM-15');
    expect(await reach('test-partnerville-ca')).toContain('GCM-15');
    expect(await staleItems(db)).toEqual([]);
    expect(await staleCities(db)).toEqual([]);
    // Edited: the declared item it no longer names loses it, the new one gains it.
    const declared = async (id: string) =>
      Number((await db.runText('MATCH (i:FrameworkItem {id: $id}) RETURN i.reachDeclared AS n', { id }))[0].n ?? 0);
    const [gcm15, gcm23] = [await declared('GCM-15'), await declared('GCM-23')];
    const edited = await writer.update(curator, draft.id, Number(published.version), { frameworkItems: ['GCM-23'] });
    expect([await declared('GCM-15'), await declared('GCM-23')]).toEqual([gcm15 - 1, gcm23 + 1]);
    expect(await staleItems(db)).toEqual([]);
    expect(await staleCities(db)).toEqual([]);
    await writer.addReport(curator, draft.id, {
      date: '2024-06-01',
      forum: 'IMRF',
      status: 'IN_PROGRESS',
      summary: 'Test',
    });
    await writer.setStatus(curator, draft.id, Number(edited.version) + 1, 'WITHDRAWN');
    expect(await staleItems(db)).toEqual([]);
    expect(await staleCities(db)).toEqual([]);
  });

  it('peers see a new city as soon as it is written (the graph version moves)', async () => {
    const peersOf = async () =>
      (await run(app, db, CommunityOfPracticeDocument, { cityId: 'test-peerville-ca', first: 100 })).data?.peers ?? [];
    expect((await importPledges(db, [record(1, 'Test Peerville', ['AA-6'], ['GCM-23'])])).written).toBe(1);
    const before = await peersOf();
    expect(before.length).toBeGreaterThan(0);
    expect(before.map((p) => p.city.id)).not.toContain('test-twinville-ca');
    expect((await importPledges(db, [record(1, 'Test Twinville', ['AA-6'], ['GCM-23'])])).written).toBe(1);
    const after = await peersOf();
    expect(after[0]).toMatchObject({ city: { id: 'test-twinville-ca' }, score: 1 });
    expect(after[0].shared.map((s) => s.id)).toContain('GCM-23');
  });
});
