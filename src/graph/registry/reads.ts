import type { Database } from '../../db/database';
import { asPledge, type PledgeRecord } from '../records';
import type { FieldChange } from './changes';
import { type DraftOverlay, loadOverlay } from './overlay';
import { suggestAlignments, type Suggestion } from './suggest';

export interface PledgeEvent {
  at: string;
  actor: string;
  action: string;
  changes: FieldChange[];
}

/** Reads only the registry needs: drafts (whose visibility the caller decides) and history. */
export class RegistryReads {
  constructor(private readonly db: Database) {}

  async drafts(ids: readonly string[]): Promise<Map<string, PledgeRecord>> {
    const rows = await this.db.read('registry-drafts-by-ids', { ids });
    return new Map(rows.map((r) => [String((r.pledge as PledgeRecord).id), asPledge(r.pledge)]));
  }

  /** Drafts of these cities (all drafts when null), a page at a time. */
  async draftsOf(cities: string[] | null, after: string | null, limit: number) {
    const [row] = await this.db.read('registry-drafts-of-cities', { cities, after, limit });
    return { total: Number(row.total), pledges: (row.pledges as unknown[]).map(asPledge) };
  }

  /** The overlay of drafts a viewer may see (policy.ts draftScope decides `cities`). */
  overlay(cities: readonly string[] | null): Promise<DraftOverlay> {
    return loadOverlay(this.db, cities);
  }

  async history(ids: readonly string[]): Promise<Map<string, PledgeEvent[]>> {
    const rows = await this.db.read('pledge-history', { ids });
    return new Map(
      rows.map((r) => [
        String(r.id),
        (r.events as Array<Record<string, unknown>>).map((e) => ({
          at: String(e.at),
          actor: String(e.actor),
          action: String(e.action),
          changes: JSON.parse(String(e.changes ?? '[]')) as FieldChange[],
        })),
      ]),
    );
  }

  suggest(text: string, lang: string | null, framework: string | null, first: number): Promise<Suggestion[]> {
    return suggestAlignments(this.db, text, lang, framework, first);
  }
}
