import type { Database } from '../db/database';
import { coverageIndexAt } from './derived/coverage-source';
import { graphState } from './derived/graph-version';
import { itemRecords } from './derived/item-records';
import { matchPledges } from './derived/pledge-match';
import { type DraftOverlay, draftCoverageRows, NO_DRAFTS } from './registry/overlay';
import { type AreaLink, assembleAlignments, type PledgeLinkParts } from './pledge-alignments';
import type { PageRequest, PledgeExtras, PledgeFilter, PledgePage, PledgesWith } from './pledges.types';
import { asArea, asPledge, type AlignmentRecord, type AreaRecord, type PledgeRecord } from './records';

const NO_FILTER = { actionArea: null, item: null, country: null, region: null, status: null, illustrative: null };

/** Pledges sent with their action areas' ids, and each area's and city's record once (`areas`, `cities`). */
function withLinkedRecords(row: Record<string, unknown> | undefined): PledgeRecord[] {
  if (!row) return [];
  const byId = (records: unknown) => new Map((records as Array<Record<string, unknown>>).map((r) => [r.id, r]));
  const areas = byId(row.areas);
  const cities = byId(row.cities);
  return (row.pledges as Array<Record<string, unknown>>).map(({ areaIds, partnerRecords, reportRecords, ...p }) =>
    asPledge({ ...p, cityRecord: cities.get(p.cityId), areaRecords: (areaIds as string[]).map((id) => areas.get(id)) }),
  );
}

export class PledgeRepository {
  constructor(private readonly db: Database) {}

  async byIds(ids: readonly string[]): Promise<Map<string, PledgeRecord>> {
    return (await this.byIdsWith(ids, { partners: false, reports: false })).pledges;
  }

  /** Pledges by id and, when asked, their partners and reports, in one round trip. */
  async byIdsWith(ids: readonly string[], extras: PledgeExtras): Promise<PledgesWith> {
    const [row] = await this.db.read('pledges-by-ids', { ids, ...extras });
    const read: PledgesWith = { pledges: new Map(), partners: new Map(), reports: new Map() };
    for (const p of (row?.pledges ?? []) as Array<Record<string, unknown>>) {
      if (extras.partners) read.partners.set(String(p.id), p.partnerRecords as Array<Record<string, unknown>>);
      if (extras.reports) read.reports.set(String(p.id), p.reportRecords as Array<Record<string, unknown>>);
    }
    for (const p of withLinkedRecords(row)) read.pledges.set(p.id, p);
    return read;
  }

  /**
   * Many owners' pages, batched: an item's from the coverage index (its pledges in id order, then
   * one read of the page's records for every item asked), areas' and cities' in one statement.
   * `limit` asks one row more than the page for hasNextPage.
   */
  async pagesOf(reqs: readonly PageRequest[]): Promise<Map<string, PledgePage>> {
    const items = reqs.filter((r) => r.kind === 'item');
    const others = reqs.filter((r) => r.kind !== 'item');
    const [fromIndex, fromGraph] = await Promise.all([this.itemPages(items), this.ownerPages(others)]);
    return new Map([...fromIndex, ...fromGraph]);
  }

  private async itemPages(reqs: readonly PageRequest[]): Promise<Map<string, PledgePage>> {
    if (reqs.length === 0) return new Map();
    const state = await graphState(this.db);
    const index = await coverageIndexAt(this.db, state.version, state.epoch);
    const found = reqs.map((r) => matchPledges(index, { ...NO_FILTER, item: r.id }, r.after, r.limit));
    const records = await this.byIds([...new Set(found.flatMap((f) => f.ids))]);
    return new Map(
      reqs.map((r, k) => [
        r.key,
        { total: found[k].total, pledges: found[k].ids.flatMap((id) => records.get(id) ?? []) },
      ]),
    );
  }

  private async ownerPages(reqs: readonly PageRequest[]): Promise<Map<string, PledgePage>> {
    if (reqs.length === 0) return new Map();
    const records = itemRecords(this.db);
    const asked = new Set(reqs.filter((r) => r.alignments).map((r) => r.key));
    const rows = await this.db.read('pledges-of-owners', {
      reqs: reqs.map((r) => ({ ...r, alignments: r.alignments === true })),
      // The held ids (a few hundred) travel only when some page sends item records.
      ...(asked.size > 0 ? records.params : { itemsVersion: -1, itemsEpoch: -1, knownItems: [] }),
    });
    return new Map(
      rows.map((r) => {
        const page: PledgePage = { total: Number(r.total), pledges: withLinkedRecords(r) };
        if (asked.has(String(r.key))) {
          const items = records.take(Number(r.version), Number(r.epoch), r.items as unknown[]);
          page.alignments = assembleAlignments(r.parts as PledgeLinkParts[], r.areaLinks as AreaLink[], items);
        }
        return [String(r.key), page];
      }),
    );
  }

  /**
   * One page of `first` pledges after `after`, how many match, and whether more follow (`more`: one
   * id past the page is looked at, but its record is not read, so `first: 0` reads no pledge).
   * `drafts`: the drafts the viewer may see (graph/registry/overlay.ts), listed like pledges.
   */
  async matching(
    filter: PledgeFilter,
    after: string | null,
    first: number,
    drafts: DraftOverlay = NO_DRAFTS,
  ): Promise<PledgePage & { more: boolean }> {
    // Under the filters the coverage index holds, pledges are found there (a graph walk tests
    // every pledge: seconds at 200,000); search and overdue need the statement.
    if (filter.search == null && filter.overdue == null) {
      const state = await graphState(this.db);
      const index = await coverageIndexAt(this.db, state.version, state.epoch);
      const extra = index.slotsOf(draftCoverageRows(drafts));
      const { total, ids } = matchPledges(index, filter, after, first + 1, extra);
      const page = ids.slice(0, first);
      const own = new Map(drafts.drafts.map((d) => [d.record.id, d.record]));
      const publicIds = page.filter((id) => !own.has(id));
      // Read whenever the page is not empty, even if only drafts fill it: a viewer's drafts then
      // never change how many round trips an operation costs.
      const found = page.length > 0 ? await this.byIds(publicIds) : new Map<string, PledgeRecord>();
      return { total, pledges: page.flatMap((id) => own.get(id) ?? found.get(id) ?? []), more: ids.length > first };
    }
    const [row] = await this.db.read('pledges-matching', { ...filter, after, limit: first + 1, draftIds: drafts.ids });
    const pledges = (row.pledges as unknown[]).map(asPledge);
    return { total: Number(row.total), pledges: pledges.slice(0, first), more: pledges.length > first };
  }

  async areas(ids: readonly string[]): Promise<Map<string, AreaRecord[]>> {
    const rows = await this.db.read('pledge-areas', { ids });
    return new Map(rows.map((r) => [String(r.id), (r.areas as unknown[]).map(asArea)]));
  }

  async alignments(ids: readonly string[]): Promise<Map<string, AlignmentRecord[]>> {
    const records = itemRecords(this.db);
    const [row] = await this.db.read('pledge-alignments', { ids, ...records.params });
    if (!row) return new Map();
    const items = records.take(Number(row.version), Number(row.epoch), row.items as unknown[]);
    return assembleAlignments(row.pledges as PledgeLinkParts[], row.areaLinks as AreaLink[], items);
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
