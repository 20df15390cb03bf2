import type { Database } from '../../db/database';
import { validateRecords } from '../pledges/validate';
import { readCatalogue, writePledges } from '../pledges/writer';
import { rebuildDerived } from '../derived/rebuild';
import { readSeeds, type Seeds } from './files';
import { actionAreaRows, checkSeeds, itemRows } from './items';

export class SeedError extends Error {}

const BATCH = 500;

const reportId = (r: { pledge: string; date: string }) => `${r.pledge}-report-${r.date}`;

async function batched(db: Database, statement: string, rows: unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await db.write(statement, { rows: rows.slice(i, i + BATCH) });
}

/** Loads every seed file with MERGE on unique ids: running it twice leaves the same graph. */
export async function loadSeeds(db: Database, log: (line: string) => void, seeds: Seeds = readSeeds()): Promise<void> {
  const items = itemRows(seeds);
  const problems = checkSeeds(seeds, items);
  if (problems.length > 0)
    throw new SeedError(`The seed files have ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);

  const steps: Array<[string, () => Promise<unknown>]> = [
    [
      'frameworks',
      () =>
        batched(
          db,
          'seed-frameworks',
          seeds.frameworks.map((f) => ({ document: null, adopted: null, description: null, ...f })),
        ),
    ],
    [`${items.length} framework items`, () => batched(db, 'seed-items', items)],
    [
      'item hierarchy',
      () =>
        batched(
          db,
          'seed-item-parents',
          items.filter((i) => i.parent).map((i) => ({ id: i.id, parent: i.parent })),
        ),
    ],
    ['action areas', () => batched(db, 'seed-action-areas', actionAreaRows(seeds))],
    [
      'roadmap',
      () =>
        db.write('seed-roadmap', {
          steps: seeds.steps.map((s) => ({
            id: `STEP-${s.number}`,
            number: s.number,
            title_en: s.title.en,
            title_fr: s.title.fr ?? null,
            description: s.description,
            timeline: s.timeline ?? null,
          })),
          milestones: seeds.milestones.map((m) => ({ place: null, description: null, ...m, steps: m.steps ?? [] })),
        }),
    ],
    [
      'regions, countries, organisations',
      () =>
        db.write('seed-places', {
          regions: seeds.regions.map((r) => ({ id: `M49-${r.code}`, code: r.code, name: r.name })),
          countries: seeds.countries.map((c) => ({ ...c, region: `M49-${c.region}`, subregion: c.subregion ?? null })),
          organisations: seeds.organisations.map((o) => ({ description: null, ...o })),
        }),
    ],
    [
      `${seeds.links.length} crosswalk links`,
      async () => {
        await batched(
          db,
          'seed-alignments',
          seeds.links.map((l) => ({ ...l, verified: l.verified ?? false })),
        );
        await db.write('seed-alignments-prune', { keys: seeds.links.map((l) => `${l.from}|${l.to}`) });
      },
    ],
    [
      `${seeds.cities.length} sample cities`,
      () =>
        batched(
          db,
          'seed-cities',
          seeds.cities.map((c) => ({ networks: [], ...c })),
        ),
    ],
    [
      `${seeds.pledges.length} sample pledges`,
      async () => {
        const records = seeds.pledges.map((fields, i) => ({ line: i + 1, fields: fields as Record<string, unknown> }));
        const { rows, errors } = validateRecords(records, await readCatalogue(db));
        if (errors.length > 0) {
          throw new SeedError(
            `seeds/sample/pledges.json:\n  ${errors.map((e) => `record ${e.line}, ${e.field}: ${e.message}`).join('\n  ')}`,
          );
        }
        await writePledges(db, rows, undefined, 'seed');
      },
    ],
    [
      `${seeds.reports.length} progress reports`,
      () =>
        batched(
          db,
          'seed-progress-reports',
          seeds.reports.map((r) => ({
            ...r,
            id: reportId(r),
          })),
        ),
    ],
    [
      'sample data the seeds no longer hold',
      () =>
        db.write('seed-prune-sample', {
          reportIds: seeds.reports.map(reportId),
          pledgeIds: seeds.pledges.map((p) => (p as { id?: string }).id).filter(Boolean),
          cityIds: seeds.cities.map((c) => c.id),
          countryIds: seeds.countries.map((c) => c.code),
        }),
    ],
    // The crosswalk may have changed what every pledge reaches, so all derived counts are redone.
    ['reach and coverage counts', () => rebuildDerived(db, log)],
  ];
  let n = 0;
  for (const [label, run] of steps) {
    n += 1;
    const t = Date.now();
    await run();
    log(`seed: [${n}/${steps.length}] ${label} (${Date.now() - t} ms)`);
  }
}

export async function graphCounts(
  db: Database,
): Promise<{ labels: Record<string, number>; types: Record<string, number> }> {
  const [row] = await db.read('graph-counts');
  return {
    labels: Object.fromEntries(row.labels as Array<[string, number]>),
    types: Object.fromEntries(row.types as Array<[string, number]>),
  };
}
