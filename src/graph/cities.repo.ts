import type { Database } from '../db/database';
import { citiesReaching } from './derived/city-match';
import { coverageIndexAt } from './derived/coverage-source';
import { graphState } from './derived/graph-version';
import { slug } from './pledges/slug';
import { type DraftOverlay, NO_DRAFTS } from './registry/overlay';
import { asCity, type CityRecord } from './records';

export interface CityFilter {
  actionArea: string | null;
  item: string | null;
  country: string | null;
  region: string | null;
  search: string | null;
  illustrative: boolean | null;
}

export class CityRepository {
  constructor(private readonly db: Database) {}

  async byIds(ids: readonly string[]): Promise<Map<string, CityRecord>> {
    const rows = await this.db.read('cities-by-ids', { ids });
    return new Map(rows.map((r) => [String((r.city as CityRecord).id), asCity(r.city)]));
  }

  /** `drafts`: the drafts the viewer may see (graph/registry/overlay.ts); their cities count too. */
  async matching(
    filter: CityFilter,
    after: string | null,
    limit: number,
    drafts: DraftOverlay = NO_DRAFTS,
  ): Promise<{ total: number; cities: CityRecord[] }> {
    // By item alone (or with a place), the coverage index knows which cities reach it: the graph
    // walk tests every city's pledges (about a second at 200,000 pledges).
    if (filter.item !== null && filter.search === null && filter.illustrative === null && filter.actionArea === null) {
      const item = filter.item;
      const state = await graphState(this.db);
      const index = await coverageIndexAt(this.db, state.version, state.epoch);
      const inPlace = filter.country != null || filter.region != null ? index.citiesIn(filter) : undefined;
      const also = new Set(drafts.drafts.filter((d) => d.reached.includes(item)).flatMap((d) => d.cities));
      const { total, ids } = citiesReaching(index, item, inPlace, also, after, limit);
      const found = ids.length > 0 ? await this.byIds(ids) : new Map<string, CityRecord>();
      return { total, cities: ids.flatMap((id) => found.get(id) ?? []) };
    }
    if (Object.values(filter).every((v) => v === null)) {
      const [row] = await this.db.read('cities-page', { after, limit });
      return { total: Number(row.total), cities: (row.cities as unknown[]).map(asCity) };
    }
    const searchSlug = filter.search === null ? null : slug(filter.search);
    const [row] = await this.db.read('cities-matching', {
      ...filter,
      searchSlug,
      after,
      limit,
      draftIds: drafts.ids,
    });
    return { total: Number(row.total), cities: (row.cities as unknown[]).map(asCity) };
  }
}
