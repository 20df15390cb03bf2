import type { Database } from '../db/database';
import { type AreaLink, assembleAlignments, type PledgeLinkParts } from './pledge-alignments';
import { asArea, asPledge, type AlignmentRecord, type AreaRecord, type PledgeRecord } from './records';

export type OwnerKind = 'item' | 'area' | 'city';
export interface PageRequest {
  key: string;
  kind: OwnerKind;
  id: string;
  after: string | null;
  limit: number;
}
export interface PledgePage {
  total: number;
  pledges: PledgeRecord[];
}

export interface PledgeFilter {
  actionArea: string | null;
  item: string | null;
  country: string | null;
  region: string | null;
  status: string | null;
  search: string | null;
  illustrative: boolean | null;
  overdue: boolean | null;
  /** The latest review forum before today and the one before it, for `overdue`. */
  lastForum: string | null;
  prevForum: string | null;
}

export class PledgeRepository {
  constructor(private readonly db: Database) {}

  async byIds(ids: readonly string[]): Promise<Map<string, PledgeRecord>> {
    const rows = await this.db.read('pledges-by-ids', { ids });
    return new Map(rows.map((r) => [String((r.pledge as PledgeRecord).id), asPledge(r.pledge)]));
  }

  /** Many owners' pages in one round trip; `limit` asks one row more than the page for hasNextPage. */
  async pagesOf(reqs: readonly PageRequest[]): Promise<Map<string, PledgePage>> {
    const rows = await this.db.read('pledges-of-owners', { reqs });
    return new Map(
      rows.map((r) => {
        const areas = new Map((r.areas as Array<Record<string, unknown>>).map((a) => [a.id, a]));
        const pledges = (r.pledges as Array<Record<string, unknown>>).map(({ areaIds, ...p }) =>
          asPledge({ ...p, areaRecords: (areaIds as string[]).map((id) => areas.get(id)) }),
        );
        return [String(r.key), { total: Number(r.total), pledges }];
      }),
    );
  }

  /** `draftIds`: the drafts the viewer may see (graph/registry/overlay.ts), listed like pledges. */
  async matching(
    filter: PledgeFilter,
    after: string | null,
    limit: number,
    draftIds: readonly string[] = [],
  ): Promise<PledgePage> {
    const [row] = await this.db.read('pledges-matching', { ...filter, after, limit, draftIds });
    return { total: Number(row.total), pledges: (row.pledges as unknown[]).map(asPledge) };
  }

  async areas(ids: readonly string[]): Promise<Map<string, AreaRecord[]>> {
    const rows = await this.db.read('pledge-areas', { ids });
    return new Map(rows.map((r) => [String(r.id), (r.areas as unknown[]).map(asArea)]));
  }

  async alignments(ids: readonly string[]): Promise<Map<string, AlignmentRecord[]>> {
    const [row] = await this.db.read('pledge-alignments', { ids });
    if (!row) return new Map();
    return assembleAlignments(row.pledges as PledgeLinkParts[], row.areaLinks as AreaLink[], row.items as unknown[]);
  }

  async reports(ids: readonly string[]): Promise<Map<string, Array<Record<string, unknown>>>> {
    const rows = await this.db.read('pledge-reports', { ids });
    return new Map(rows.map((r) => [String(r.id), r.reports as Array<Record<string, unknown>>]));
  }

  async partners(ids: readonly string[]): Promise<Map<string, Array<Record<string, unknown>>>> {
    const rows = await this.db.read('pledge-partners', { ids });
    return new Map(rows.map((r) => [String(r.id), r.partners as Array<Record<string, unknown>>]));
  }
}
