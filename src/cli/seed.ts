import { loadConfig } from '../config';
import { graphCounts, loadSeeds } from '../graph/seed/load';
import { ensureSeeded } from '../graph/seed/ensure-seeded';
import { runCli } from './run';

/** npm run seed: loads seeds/ (always, not only when changed) and the SDG texts, then prints counts. */
runCli('seed', async (db) => {
  const log = (l: string) => console.error(l);
  await loadSeeds(db, log);
  await ensureSeeded(db, { sdgTextsDir: loadConfig().sdgTextsDir, log });
  const counts = await graphCounts(db);
  console.log(JSON.stringify(counts, null, 2));
  return 0;
});
