import type { Database } from '../../db/database';
import { contentHash } from '../registry/write-import';
import type { SourceRecord } from './records';
import { type Catalogue, type KnownCity, type PledgeRow, type RowError, validateRecord } from './validate';

/** A valid row and the line it came from. */
export interface LineRow {
  line: number;
  row: PledgeRow;
}

/** A checked batch: its errors, and what to do with its valid rows. */
export interface CheckedBatch {
  /** Rows to write: valid, first of their id, not a draft's id, not stored exactly so already. */
  rows: LineRow[];
  errors: RowError[];
  /** Valid rows whose stored pledge carries their content hash: writing them would change nothing. */
  unchanged: number;
}

/** What the graph holds for the ids of a batch: drafts, and the importHash of stored pledges. */
interface Stored {
  drafts: Set<string>;
  hashes: Map<string, string>;
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

  /**
   * Checks the batch's fields and ids now, and starts the one read of what the graph holds for its
   * ids; the returned function waits for that read and finishes the batch. Between the two the
   * caller may parse and validate the next batch: Node and Neo4j then work at once (two cores).
   */
  async begin(records: SourceRecord[]): Promise<() => Promise<CheckedBatch>> {
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
    const reading = this.stored(unique.map((r) => r.row.id));
    // Awaited by the function returned; this only keeps a failure from being unhandled meanwhile.
    reading.catch(() => undefined);
    // Hashed while Neo4j answers.
    const hashes = unique.map((r) => contentHash(r.row, 'import'));
    return async () => {
      const { drafts, hashes: storedHashes } = await reading;
      const keep: LineRow[] = [];
      let unchanged = 0;
      unique.forEach((r, k) => {
        if (drafts.has(r.row.id))
          errors.push({
            line: r.line,
            field: 'id',
            message: `"${r.row.id}" is the id of a draft pledge in the registry; use another id (an import cannot replace a draft)`,
          });
        // Equal to the stored pledge as read now: skipping it is the import having run before any
        // later edit. Changed and new rows are checked again inside their write transaction.
        else if (storedHashes.get(r.row.id) === hashes[k]) unchanged += 1;
        else keep.push(r);
      });
      errors.sort((a, b) => a.line - b.line);
      return { rows: keep, errors, unchanged };
    };
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

  private async stored(ids: string[]): Promise<Stored> {
    const out: Stored = { drafts: new Set(), hashes: new Map() };
    if (ids.length === 0) return out;
    for (const r of await this.db.read('stored-among-import-ids', { ids })) {
      if (r.draft === true) out.drafts.add(String(r.id));
      else if (typeof r.hash === 'string') out.hashes.set(String(r.id), r.hash);
    }
    return out;
  }
}
