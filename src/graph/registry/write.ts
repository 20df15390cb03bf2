import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/database';
import { readCatalogue } from '../pledges/writer';
import type { Catalogue, PledgeRow } from '../pledges/validate';
import { asPledge, type PledgeRecord } from '../records';
import { diff, snapshot, type FieldChange } from './changes';
import { RegistryError } from './errors';
import { validatePledge, validateReport, type PledgeFields, type ReportFields } from './inputs';
import { checkTransition } from './lifecycle';
import { afterPledgeWrite, type Run } from './after-write';
import { authenticate, authorize } from './policy';
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
 * Every pledge write the API makes goes through this module, each in ONE transaction: lock,
 * check (who, which version, what input), write, and append the history event. Anything that
 * must stay in step with pledges (derived data) goes in afterPledgeWrite, which every write calls.
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
      if (idempotencyKey) {
        const key = `${actor.id ?? actor.name}|${idempotencyKey}`;
        const [claim] = await run('registry-claim-idempotency', { key, pledgeId: row.id, at: this.stamp() });
        if (!claim.fresh) return this.current(run, String(claim.pledgeId));
      }
      return this.apply(run, row.id, actor, 'SUBMITTED', diff(null, snapshot(row)), row);
    });
  }

  async update(actor: Actor | null, id: string, version: number, patch: PledgePatch): Promise<PledgeRecord> {
    authenticate(actor);
    const catalogue = await this.catalogue([]);
    return this.db.transaction(async (run) => {
      const current = await this.lock(run, id, actor, 'update', version);
      const fields = { ...current, ...definedOnly(patch), cityIds: current.cityIds } as unknown as PledgeFields;
      const cat = { ...catalogue, cities: await this.cities(run, current.cityIds) };
      const row = validatePledge(fields, cat, [String(current.status)]);
      const changes = diff(snapshot(current), snapshot(row));
      if (changes.length === 0) return asPledge(current);
      return this.apply(run, id, actor, 'UPDATED', changes, row);
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
      const current = await this.lock(run, id, actor, 'status', version);
      const to = status.trim().toUpperCase();
      checkTransition(String(current.status), to);
      const changes: FieldChange[] = [{ field: 'status', from: String(current.status), to }];
      if (note) changes.push({ field: 'note', from: null, to: note });
      const [row] = await run(
        'registry-write-pledge',
        this.params(id, actor, 'STATUS_CHANGED', changes, {
          fields: { status: to },
        }),
      );
      return asPledge(row.pledge);
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
      await this.lock(run, id, actor, 'report', null);
      const changes = Object.entries(report).map(([field, to]) => ({ field: `report.${field}`, from: null, to }));
      const [row] = await run('registry-add-report', {
        id,
        report,
        event: this.event(actor, 'REPORTED', changes),
      });
      await afterPledgeWrite(run, [id]);
      return { pledge: asPledge(row.pledge), report: row.report as Record<string, unknown> };
    });
  }

  /** Locks the pledge, then decides: unknown, not this token's city, or a version that moved on. */
  private async lock(
    run: Run,
    id: string,
    actor: Actor | null,
    action: 'update' | 'status' | 'report',
    version: number | null,
  ): Promise<PledgeRecord & { cityIds: string[]; version: number }> {
    const [row] = await run('registry-lock-pledge', { id });
    if (!row) throw new RegistryError('NOT_FOUND', `No pledge with id "${id}".`);
    const current = asPledge(row.pledge) as PledgeRecord & { cityIds: string[]; version: number };
    authorize(actor, action, current.cityIds);
    if (version !== null && version !== current.version)
      throw new RegistryError(
        'CONFLICT',
        `Pledge ${id} is at version ${current.version}, not ${version}: reload it and apply your change again.`,
      );
    return current;
  }

  /** The one statement that writes a pledge's fields and links (submit and update). */
  private async apply(
    run: Run,
    id: string,
    actor: Actor,
    action: string,
    changes: FieldChange[],
    row: PledgeRow,
  ): Promise<PledgeRecord> {
    const fields = {
      cityId: row.cityId,
      cityIds: row.cityIds,
      title: row.title,
      description: row.description,
      lang: row.lang,
      status: row.status,
      pledgedOn: row.pledgedOn,
      targetDate: row.targetDate,
      illustrative: row.illustrative,
    };
    const [out] = await run(
      'registry-write-pledge',
      this.params(id, actor, action, changes, {
        fields,
        cityIds: row.cityIds,
        actionAreas: row.actionAreas,
        frameworkItems: row.frameworkItems,
        partners: row.partners,
      }),
    );
    await afterPledgeWrite(run, [id]);
    return asPledge(out.pledge);
  }

  private params(id: string, actor: Actor, action: string, changes: FieldChange[], set: Record<string, unknown>) {
    return {
      id,
      cityIds: null,
      actionAreas: null,
      frameworkItems: null,
      partners: null,
      ...set,
      event: this.event(actor, action, changes),
    };
  }

  private event(actor: Actor, action: string, changes: FieldChange[]) {
    return { at: this.stamp(), actor: actor.name, action, changes: JSON.stringify(changes) };
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  private async current(run: Run, id: string): Promise<PledgeRecord> {
    const [row] = await run('registry-pledge-by-id', { id });
    return asPledge(row.pledge);
  }

  private async catalogue(cityIds: string[]): Promise<Catalogue> {
    const cat = await readCatalogue(this.db);
    return { ...cat, cities: await this.cities((s, p) => this.db.read(s, p), cityIds) };
  }

  private async cities(run: Run, ids: string[]): Promise<Catalogue['cities']> {
    const rows = ids.length === 0 ? [] : await run('registry-cities', { ids });
    return new Map(rows.map((r) => [String(r.id), { name: String(r.name), country: String(r.country) }]));
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
