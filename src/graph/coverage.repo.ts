import type { Database } from '../db/database';
import type { CoverageRecord } from './analysis.repo';
import { countCoverage } from './derived/coverage-count';
import type { PledgeRow } from './derived/coverage-types';
import { coverageIndexAt } from './derived/coverage-source';
import { itemList } from './derived/item-list';
import type { ItemRecord } from './records';

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

/**
 * Coverage under a filter and as a matrix, counted in the in-memory coverage index
 * (src/graph/derived/coverage-index.ts) that every write's derived data feeds: one round trip for
 * the items, columns and graph version, one more only when the graph moved since the index last
 * looked. coverage-matching.cypher and coverage-matrix.cypher say the same counts as graph walks;
 * the tests hold the two to each other.
 */
export class CoverageRepository {
  constructor(private readonly db: Database) {}

  private async state(framework: string, by: CoverageGroup | null, lang: string, drafts: PledgeRow[]) {
    const list = itemList(this.db, framework);
    const [row] = await this.db.read('coverage-index-state', {
      ...list.params,
      framework,
      by,
      lang: lang.toLowerCase(),
      // A viewer who sees drafts gets them in a column of their own.
      statuses: drafts.length > 0 ? ['DRAFT', ...PUBLIC_STATUSES] : [...PUBLIC_STATUSES],
    });
    const items = list.take(Number(row.version), Number(row.epoch), row.items);
    const columns = (row.columns as MatrixRecord['columns']).map((c) => ({
      key: String(c.key),
      label: String(c.label),
    }));
    const index = await coverageIndexAt(this.db, Number(row.version), Number(row.epoch));
    return { items, columns, index, slots: drafts.length > 0 ? index.draftSlots(drafts) : undefined };
  }

  /** `drafts`: the drafts the viewer may see (graph/registry/overlay.ts), counted like pledges. */
  async matching(
    framework: string,
    filter: CoverageFilterParams | null | undefined,
    drafts: PledgeRow[] = [],
  ): Promise<CoverageRecord[]> {
    const { items, index, slots } = await this.state(framework, null, 'en', drafts);
    const n = countCoverage(
      index,
      items.map((i) => i.id),
      filterParams(filter),
      undefined,
      slots,
    );
    return items.map((item, r) => ({
      item,
      pledgeCount: n.pledges[r],
      cityCount: n.cities[r],
      declaredPledgeCount: n.declared[r],
    }));
  }

  async matrix(
    framework: string,
    by: CoverageGroup,
    filter: CoverageFilterParams | null | undefined,
    lang: string,
    drafts: PledgeRow[] = [],
  ): Promise<MatrixRecord> {
    const { items, columns, index, slots } = await this.state(framework, by, lang, drafts);
    const keys = columns.map((c) => c.key);
    const n = countCoverage(
      index,
      items.map((i) => i.id),
      filterParams(filter),
      { by, columns: keys },
      slots,
    );
    const w = keys.length;
    return {
      columns,
      rows: items.map((item, r) => ({
        item,
        pledgeCounts: Array.from(n.pledges.subarray(r * w, (r + 1) * w)),
        cityCounts: Array.from(n.cities.subarray(r * w, (r + 1) * w)),
      })),
    };
  }
}
