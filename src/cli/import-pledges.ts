import path from 'node:path';
import { importPledges, readPledgeFile } from '../graph/pledges/import';
import { runCli } from './run';

const USAGE = 'usage: npm run import:pledges -- <file.csv|file.json> [--skip-invalid]';

/** npm run import:pledges: validates every row first; see docs/pledge-import.md for the template. */
runCli('import:pledges', async (db, args) => {
  const skipInvalid = args.includes('--skip-invalid');
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--skip-invalid');
  if (files.length !== 1 || unknown.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const file = path.resolve(files[0]);
  const started = Date.now();
  const records = await readPledgeFile(file, (n) => console.error(`import: ${n} records read…`));
  console.error(`import: ${records.length} records read from ${file}`);
  const result = await importPledges(db, records, {
    skipInvalid,
    progress: (done, total) => console.error(`import: ${done}/${total} pledges written`),
  });
  for (const e of result.errors.slice(0, 200))
    console.error(`${path.basename(file)}:${e.line}: ${e.field}: ${e.message}`);
  if (result.errors.length > 200) console.error(`… and ${result.errors.length - 200} more errors`);
  if (result.rejected) {
    console.error(
      `import: rejected, nothing written: ${result.errors.length} error(s). Fix them or pass --skip-invalid.`,
    );
    return 1;
  }
  const skipped =
    result.errors.length > 0 ? `, invalid rows skipped (${new Set(result.errors.map((e) => e.line)).size})` : '';
  console.log(`import: ${result.written} pledges written in ${((Date.now() - started) / 1000).toFixed(1)}s${skipped}`);
  return 0;
});
