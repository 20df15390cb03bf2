import type { Row } from '../../db/database';
import type { ExportRepository } from '../../graph/opendata/exports.repo';
import type { CsvRow, Table } from './csv';

/** The import template's columns (docs/pledge-import.md): an exported file re-imports unchanged. */
export const PLEDGE_COLUMNS = [
  'id',
  'city',
  'country',
  'cities',
  'lang',
  'title',
  'description',
  'actionAreas',
  'frameworkItems',
  'status',
  'pledgedOn',
  'targetDate',
  'partners',
  'illustrative',
];
const ITEM_COLUMNS = [
  'id',
  'framework',
  'code',
  'kind',
  'parent',
  'title_en',
  'title_fr',
  'title_es',
  'title_ar',
  'label',
  'summary',
  'uri',
  'paragraphFrom',
  'paragraphTo',
  'verified',
  'verifiedFacts',
];
const asRows = (rows: Row[]) => rows as CsvRow[];

export async function pledgesTable(repo: ExportRepository): Promise<Table> {
  return { file: 'pledges.csv', columns: PLEDGE_COLUMNS, rows: asRows(await repo.pledges()) };
}

export async function crosswalkTable(repo: ExportRepository): Promise<Table> {
  const columns = ['from', 'to', 'fromFramework', 'toFramework', 'basis', 'rationale', 'verified'];
  return { file: 'crosswalk.csv', columns, rows: asRows(await repo.crosswalk()) };
}

/** Every download of the bulk zip, each one read in a single round trip. */
export async function allTables(repo: ExportRepository): Promise<Table[]> {
  const [frameworks, items, areas, cities, reports] = await Promise.all([
    repo.frameworks(),
    repo.frameworkItems(),
    repo.actionAreas(),
    repo.cities(),
    repo.progressReports(),
  ]);
  const perFramework = frameworks.map((f) => ({
    file: `items-${String(f.code).toLowerCase()}.csv`,
    columns: ITEM_COLUMNS,
    rows: items.filter((i) => i.framework === f.code).map((i) => ({ ...i, parent: i.parentId }) as CsvRow),
  }));
  return [
    {
      file: 'frameworks.csv',
      columns: ['code', 'name', 'document', 'adopted', 'itemCount', 'description'],
      rows: asRows(frameworks),
    },
    ...perFramework,
    {
      file: 'action-areas.csv',
      columns: [
        'id',
        'number',
        'title_en',
        'title_fr',
        'title_es',
        'priority_en',
        'priority_fr',
        'priority_es',
        'description',
      ],
      rows: asRows(areas),
    },
    await crosswalkTable(repo),
    {
      file: 'cities.csv',
      columns: ['id', 'name', 'country', 'alpha2', 'region', 'networks', 'pledges', 'illustrative'],
      rows: asRows(cities),
    },
    await pledgesTable(repo),
    {
      file: 'progress-reports.csv',
      columns: ['id', 'pledge', 'city', 'date', 'forum', 'status', 'summary', 'illustrative'],
      rows: asRows(reports),
    },
  ];
}
