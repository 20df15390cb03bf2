import type { Database } from '../db/database';
import { slug } from './pledges/slug';
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

  async matching(
    filter: CityFilter,
    after: string | null,
    limit: number,
    draftIds: readonly string[] = [],
  ): Promise<{ total: number; cities: CityRecord[] }> {
    const searchSlug = filter.search === null ? null : slug(filter.search);
    const [row] = await this.db.read('cities-matching', { ...filter, searchSlug, after, limit, draftIds });
    return { total: Number(row.total), cities: (row.cities as unknown[]).map(asCity) };
  }
}
