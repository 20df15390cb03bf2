import path from 'node:path';
import { statements } from '../../src/db/cypher';
import { ensureSeeded } from '../../src/graph/seed/ensure-seeded';
import { projectRoot } from '../../src/config';
import { closeTestDb, openTestDb } from './db';

export const SDG_TEXTS_DIR = path.resolve(projectRoot(), '..', 'shared', 'reference', 'open-sdg-sdg-translations');

/** Applies the schema and loads the seeds and official texts exactly as the service's start does. */
export async function seedForTests(): Promise<void> {
  const db = openTestDb();
  try {
    for (const s of statements('schema')) await db.runText(s);
    await ensureSeeded(db, { sdgTextsDir: SDG_TEXTS_DIR, log: (l) => process.stderr.write(`${l}\n`) });
  } finally {
    await closeTestDb(db);
  }
}
