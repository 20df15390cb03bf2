import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/database';
import { readCatalogue } from '../pledges/writer';
import type { Catalogue } from '../pledges/validate';
import { asPledge, type PledgeRecord } from '../records';
import { diff, snapshot, type FieldChange } from './changes';
import { RegistryError } from './errors';
import { validatePledge, validateReport, type PledgeFields, type ReportFields } from './inputs';
import { checkTransition } from './lifecycle';
import { afterPledgeWrite } from './after-write';
import { authenticate, authorize } from './policy';
import { historyEvent, lockPledge, takeTurn, wholeRow, writePledge } from './write-steps';
import type { Actor } from './tokens';

/** Only the fields given change; null clears an optional field (a required one then fails validation). */
export interface PledgePatch {
  title?: string | null;
  description?: string | null;
  actionAreas?: string[] | null;
  frameworkItems?: string[] | null;
  targetDate?: string | null;
  partners?: string[] | null;
}

/**
 * Every pledge write the API makes goes through this module, each in ONE transaction: its turn
 * (write-steps.ts), lock, check (who, which version, what input), write, and append the history
 * event. Anything that must stay in step with pledges (derived data) goes in afterPledgeWrite,
 * which every write calls.
 */
export class RegistryWriter {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async submit(actor: Actor | null, input: PledgeFields, idempotencyKey?: string | null): Promise<PledgeRecord> {
    authenticate(actor);
    if (input.cityIds.length === 0)
      throw new RegistryError('BAD_USER_INPUT', 'cityIds: name at least one city, the lead first', 'cityIds');
    authorize(actor, 'submit', input.cityIds);
    const row = validatePledge(input, await this.catalogue(input.cityIds), ['DRAFT', 'PLEDGED']);
    row.id = `${row.cityId}-${row.pledgedOn.slice(0, 4)}-${randomBytes(3).toString('hex')}`;
    return this.db.transaction(async (run) => {
      await takeTurn(run, input.cityIds);
      if (idempotencyKey) {
        const key = `${actor.id ?? actor.name}|${idempotencyKey}`;
        const [claim] = await run('registry-claim-idempotency', { key, pledgeId: row.id, at: this.stamp() });
        if (!claim.fresh)
          return asPledge((await run('registry-pledge-by-id', { id: String(claim.pledgeId) }))[0].pledge);
      }
      return writePledge(run, row.id, this.event(actor, 'SUBMITTED', diff(null, snapshot(row))), wholeRow(row));
    });
  }

  async update(actor: Actor | null, id: string, version: number, patch: PledgePatch): Promise<PledgeRecord> {
    authenticate(actor);
    const catalogue = await this.catalogue([]);
    return this.db.transaction(async (run) => {
      const current = await lockPledge(run, id, actor, 'update', version);
      const fields = { ...current, ...definedOnly(patch), cityIds: current.cityIds } as unknown as PledgeFields;
      const cat = { ...catalogue, cities: await takeTurn(run, current.cityIds) };
      const row = validatePledge(fields, cat, [String(current.status)]);
      const changes = diff(snapshot(current), snapshot(row));
      if (changes.length === 0) return asPledge(current);
      return writePledge(run, id, this.event(actor, 'UPDATED', changes), wholeRow(row));
    });
  }

  async setStatus(
    actor: Actor | null,
    id: string,
    version: number,
    status: string,
    note?: string | null,
  ): Promise<PledgeRecord> {
    authenticate(actor);
    if (note && note.length > 2000)
      throw new RegistryError('BAD_USER_INPUT', 'note: is longer than 2000 characters', 'note');
    return this.db.transaction(async (run) => {
      const current = await lockPledge(run, id, actor, 'status', version);
      await takeTurn(run, current.cityIds);
      const to = status.trim().toUpperCase();
      checkTransition(String(current.status), to);
      const changes: FieldChange[] = [{ field: 'status', from: String(current.status), to }];
      if (note) changes.push({ field: 'note', from: null, to: note });
      // DRAFT -> PLEDGED starts counting, anything -> WITHDRAWN keeps counting (as the live queries do).
      return writePledge(run, id, this.event(actor, 'STATUS_CHANGED', changes), { fields: { status: to } });
    });
  }

  async addReport(
    actor: Actor | null,
    id: string,
    input: ReportFields,
  ): Promise<{ pledge: PledgeRecord; report: Record<string, unknown> }> {
    authenticate(actor);
    const report = validateReport(input);
    return this.db.transaction(async (run) => {
      const current = await lockPledge(run, id, actor, 'report', null);
      await takeTurn(run, current.cityIds);
      const changes = Object.entries(report).map(([field, to]) => ({ field: `report.${field}`, from: null, to }));
      const event = this.event(actor, 'REPORTED', changes);
      const [row] = await run('registry-add-report', { id, report, event });
      await afterPledgeWrite(run, [id]);
      return { pledge: asPledge(row.pledge), report: row.report as Record<string, unknown> };
    });
  }

  private event(actor: Actor, action: string, changes: FieldChange[]) {
    return historyEvent(this.stamp(), actor, action, changes);
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  /** Items, areas and the named cities, read before the transaction (an update's cities come from its turn). */
  private async catalogue(cityIds: string[]): Promise<Catalogue> {
    const cat = await readCatalogue(this.db);
    const rows = cityIds.length === 0 ? [] : await this.db.read('registry-cities', { ids: cityIds });
    return {
      ...cat,
      cities: new Map(rows.map((r) => [String(r.id), { name: String(r.name), country: String(r.country) }])),
    };
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
