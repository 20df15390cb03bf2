import fs from 'node:fs';
import type { Database } from '../../db/database';
import { importSdgTexts } from '../texts/import';
import { seedFingerprint } from './files';
import { loadSeeds } from './load';
import { ensureDerived } from '../derived/rebuild';

export interface SeedOptions {
  sdgTextsDir: string;
  log?: (line: string) => void;
}

/**
 * Seeds an empty graph, re-seeds when the seed files changed (MERGE keeps that idempotent), and
 * imports the official SDG texts when their directory is there and they are not yet in the graph.
 */
export async function ensureSeeded(db: Database, opts: SeedOptions): Promise<void> {
  const log = opts.log ?? ((l: string) => console.error(l));
  const fingerprint = seedFingerprint();
  const [meta] = await db.read('seed-meta-read', { key: 'seeds' });
  if (meta?.value === fingerprint) {
    log('seed: graph is current with seeds/');
  } else {
    log(meta ? 'seed: seeds/ changed since the last load; loading again' : 'seed: empty graph; loading seeds/');
    await loadSeeds(db, log);
    await db.write('seed-meta-write', { key: 'seeds', value: fingerprint });
  }
  await ensureDerived(db, log);
  const [texts] = await db.read('sdg-items-with-texts');
  if (Number(texts.withTitles) < Number(texts.items)) {
    if (fs.existsSync(opts.sdgTextsDir)) {
      const r = await importSdgTexts(db, opts.sdgTextsDir);
      log(`seed: official SDG texts imported for ${r.updated} goals and targets from ${opts.sdgTextsDir}`);
    } else {
      log(
        `seed: no SDG texts at ${opts.sdgTextsDir}; SDG titles fall back to the project's labels (npm run import:texts -- <dir>)`,
      );
    }
  }
}
