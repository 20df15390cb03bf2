import type { Database } from '../db/database';
import type { CoverageRecord } from './analysis.repo';
import { asItem, type ItemRecord } from './records';

/** Statuses a public count can see, in the order a pledge moves through them; DRAFT never shows. */
export const PUBLIC_STATUSES = ['PLEDGED', 'IN_PROGRESS', 'COMPLETED', 'SUSPENDED', 'WITHDRAWN'] as const;
export const COVERAGE_GROUPS = ['REGION', 'ACTION_AREA', 'STATUS'] as const;
export type CoverageGroup = (typeof COVERAGE_GROUPS)[number];

/** Restricts which pledges count; every given field must hold. */
export interface CoverageFilterParams {
  region?: string | null;
  country?: string | null;
  actionArea?: string | null;
  status?: string | null;
  illustrative?: boolean | null;
}

export interface MatrixRecord {
  columns: Array<{ key: string; label: string }>;
  rows: Array<{ item: ItemRecord; pledgeCounts: number[]; cityCounts: number[] }>;
}

function filterParams(f: CoverageFilterParams | null | undefined) {
  return {
    region: f?.region ?? null,
    country: f?.country ?? null,
    actionArea: f?.actionArea ?? null,
    status: f?.status ?? null,
    illustrative: f?.illustrative ?? null,
  };
}

/** Coverage under a filter and as a matrix: each one named statement, one round trip. */
export class CoverageRepository {
  constructor(private readonly db: Database) {}

  /** `draftIds`: the drafts the viewer may see (graph/registry/overlay.ts), counted like pledges. */
  async matching(
    framework: string,
    filter: CoverageFilterParams | null | undefined,
    draftIds: readonly string[] = [],
  ): Promise<CoverageRecord[]> {
    const rows = await this.db.read('coverage-matching', { framework, draftIds, ...filterParams(filter) });
    return rows.map((r) => ({
      item: asItem(r.item),
      pledgeCount: Number(r.pledgeCount),
      cityCount: Number(r.cityCount),
      declaredPledgeCount: Number(r.declaredPledgeCount),
    }));
  }

  async matrix(
    framework: string,
    by: CoverageGroup,
    filter: CoverageFilterParams | null | undefined,
    lang: string,
    draftIds: readonly string[] = [],
  ): Promise<MatrixRecord> {
    const rows = await this.db.read('coverage-matrix', {
      framework,
      by,
      lang: lang.toLowerCase(),
      // A viewer who sees drafts gets them in a column of their own.
      statuses: draftIds.length > 0 ? ['DRAFT', ...PUBLIC_STATUSES] : [...PUBLIC_STATUSES],
      draftIds,
      ...filterParams(filter),
    });
    const columns = (rows[0]?.columns as MatrixRecord['columns'] | undefined) ?? [];
    return {
      columns: columns.map((c) => ({ key: String(c.key), label: String(c.label) })),
      rows: rows.map((r) => ({
        item: asItem(r.item),
        pledgeCounts: (r.pledgeCounts as unknown[]).map(Number),
        cityCounts: (r.cityCounts as unknown[]).map(Number),
      })),
    };
  }
}
