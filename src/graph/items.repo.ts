import type { Database } from '../db/database';
import { asArea, asItem, groupBy, type AlignmentRecord, type AreaRecord, type ItemRecord } from './records';

export class ItemRepository {
  constructor(private readonly db: Database) {}

  async byIds(ids: readonly string[]): Promise<Map<string, ItemRecord>> {
    const rows = await this.db.read('items-by-ids', { ids });
    return new Map(rows.map((r) => [String((r.item as ItemRecord).id), asItem(r.item)]));
  }

  async page(
    framework: string,
    kind: string | null,
    after: string | null,
    limit: number,
  ): Promise<{ total: number; items: ItemRecord[] }> {
    const [row] = await this.db.read('items-page', { framework, kind, after, limit });
    return { total: Number(row.total), items: (row.items as unknown[]).map(asItem) };
  }

  async search(q: string, framework: string | null, limit: number): Promise<ItemRecord[]> {
    return (await this.db.read('items-search', { q, framework, limit })).map((r) => asItem(r.item));
  }

  async children(ids: readonly string[]): Promise<Map<string, ItemRecord[]>> {
    const rows = await this.db.read('item-children', { ids });
    return new Map(rows.map((r) => [String(r.id), (r.children as unknown[]).map(asItem)]));
  }

  /** Links of items and action areas alike; ids starting "AA-" are action areas. */
  async alignments(ids: readonly string[]): Promise<Map<string, AlignmentRecord[]>> {
    const rows = await this.db.read('alignments-of', {
      itemIds: ids.filter((id) => !id.startsWith('AA-')),
      areaIds: ids.filter((id) => id.startsWith('AA-')),
    });
    const grouped = groupBy(rows, (r) => String(r.id));
    return new Map(
      [...grouped].map(([id, rs]) => [
        id,
        rs.map((r) => ({
          item: asItem(r.item),
          basis: String(r.basis),
          rationale: (r.rationale as string | null) ?? null,
          verified: Boolean(r.verified),
        })),
      ]),
    );
  }

  async actionAreas(): Promise<AreaRecord[]> {
    return (await this.db.read('action-areas')).map((r) => asArea(r.area));
  }

  async actionAreasByIds(ids: readonly string[]): Promise<Map<string, AreaRecord>> {
    const rows = await this.db.read('action-areas-by-ids', { ids });
    return new Map(rows.map((r) => [String((r.area as AreaRecord).id), asArea(r.area)]));
  }
}
