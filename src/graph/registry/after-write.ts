import type { Row } from '../../db/database';

export type Run = (statement: string, params?: Record<string, unknown>) => Promise<Row[]>;

/**
 * Called by every pledge write (the API's in write.ts, the importer's and seeding's in
 * write-import.ts) inside the write's own transaction, after the pledges changed. Anything kept
 * in step with pledges (precomputed reach or coverage, caches) is refreshed here, in one place,
 * so it can never lag a write. Nothing is precomputed yet.
 */
export async function afterPledgeWrite(_run: Run, _pledgeIds: string[]): Promise<void> {}
