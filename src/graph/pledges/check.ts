import type { Database } from '../../db/database';
import type { SourceRecord } from './records';
import { type Catalogue, type KnownCity, type PledgeRow, type RowError, validateRecord } from './validate';

/** A valid row and the line it came from. */
export interface LineRow {
  line: number;
  row: PledgeRow;
}

/**
 * Validates a file batch by batch, keeping only compact state between batches: the line of each
 * pledge id seen (duplicates), the joint cities looked up so far.
 */
export class BatchChecker {
  /** id -> line of its first valid row. */
  private readonly firstLine = new Map<string, number>();
  private readonly cities = new Map<string, KnownCity>();
  private readonly missingCities = new Set<string>();

  constructor(
    private readonly db: Database,
    private readonly catalogue: Catalogue,
  ) {}

  /** Every error of the batch, and its rows to write (valid, first of their id, not a draft's id). */
  async check(records: SourceRecord[]): Promise<{ rows: LineRow[]; errors: RowError[] }> {
    const { rows, errors } = await this.validate(records);
    const unique: LineRow[] = [];
    for (const r of rows) {
      const first = this.firstLine.get(r.row.id);
      if (first === undefined) {
        this.firstLine.set(r.row.id, r.line);
        unique.push(r);
      } else
        errors.push({
          line: r.line,
          field: 'id',
          message: `duplicate pledge id "${r.row.id}" (first on line ${first})`,
        });
    }
    const drafts = await this.draftIds(unique.map((r) => r.row.id));
    for (const r of unique)
      if (drafts.has(r.row.id))
        errors.push({
          line: r.line,
          field: 'id',
          message: `"${r.row.id}" is the id of a draft pledge in the registry; use another id (an import cannot replace a draft)`,
        });
    errors.sort((a, b) => a.line - b.line);
    return { rows: unique.filter((r) => !drafts.has(r.row.id)), errors };
  }

  private async validate(records: SourceRecord[]): Promise<{ rows: LineRow[]; errors: RowError[] }> {
    await this.lookUpJointCities(records);
    const cat = { ...this.catalogue, cities: this.cities };
    const rows: LineRow[] = [];
    const errors: RowError[] = [];
    for (const rec of records) {
      const r = validateRecord(rec, cat);
      errors.push(...r.errors);
      if (r.row) rows.push({ line: rec.line, row: r.row });
    }
    return { rows, errors };
  }

  /** The existing cities the batch's joint pledges name in `cities` (ids, ";"-separated in CSV), once each. */
  private async lookUpJointCities(records: SourceRecord[]): Promise<void> {
    const ids = new Set<string>();
    for (const { fields } of records) {
      const v = fields.cities;
      const list = typeof v === 'string' ? v.split(';') : Array.isArray(v) ? v : [];
      for (const raw of list) {
        const id = typeof raw === 'string' ? raw.trim() : '';
        if (id !== '' && !this.cities.has(id) && !this.missingCities.has(id)) ids.add(id);
      }
    }
    if (ids.size === 0) return;
    const rows = await this.db.read('registry-cities', { ids: [...ids] });
    for (const r of rows) this.cities.set(String(r.id), { name: String(r.name), country: String(r.country) });
    for (const id of ids) if (!this.cities.has(id)) this.missingCities.add(id);
  }

  private async draftIds(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    return new Set((await this.db.read('drafts-among-ids', { ids })).map((r) => String(r.id)));
  }
}
