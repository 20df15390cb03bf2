import type { Row } from '../../db/database';
import type { Contribution } from '../derived/delta';
import { refreshReach } from '../derived/reach';
import { forgetGraphState } from '../derived/graph-version';

export type Run = (statement: string, params?: Record<string, unknown>) => Promise<Row[]>;

/**
 * Called by every pledge write (the API's in write.ts, the importer's and seeding's in
 * write-import.ts) inside the write's own transaction, after the pledges changed. Anything kept
 * in step with pledges is refreshed here, in one place, so it can never lag a write: the derived
 * reach data (src/graph/derived/: each pledge's contribution, cities' commitment sets, items'
 * coverage counts; drafts count for nothing) and the graph version that the peer index and the
 * response cache key on. A write that touches no reach (a progress report) still bumps the version.
 * `created`: pledges CREATEd by this write that stored their own contribution (the importer's new
 * rows), counted without reading them back.
 */
export async function afterPledgeWrite(run: Run, pledgeIds: string[], created: Contribution[] = []): Promise<void> {
  await refreshReach(run, pledgeIds, { created });
  forgetGraphState();
}
