import path from 'node:path';
import { importSdgTexts } from '../graph/texts/import';
import { runCli } from './run';

/** npm run import:texts -- <dir>: official SDG goal and target titles (en/fr/es/ar) from open-sdg files. */
runCli('import:texts', async (db, args) => {
  if (args.length !== 1) {
    console.error('usage: npm run import:texts -- <open-sdg translations dir>');
    return 2;
  }
  const dir = path.resolve(args[0]);
  const r = await importSdgTexts(db, dir);
  for (const [lang, c] of Object.entries(r.counts)) console.log(`${lang}: ${c.goals} goals, ${c.targets} targets`);
  console.log(`updated ${r.updated} SDG items from ${dir}`);
  return 0;
});
