import path from 'node:path';
import { importPledgeFile } from '../graph/pledges/import';
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
  // Every record is validated (streamed, valid rows spilled to disk) before any is written.
  const result = await importPledgeFile(db, file, {
    skipInvalid,
    validated: (n) => console.error(`import: ${n} records validated…`),
    progress: (done, total) => console.error(`import: ${done}/${total} pledges written`),
  });
  console.error(`import: ${result.records} records read from ${file}`);
  for (const e of result.errors.slice(0, 200))
    console.error(`${path.basename(file)}:${e.line}: ${e.field}: ${e.message}`);
  if (result.errorCount > 200) console.error(`… and ${result.errorCount - 200} more errors`);
  if (result.rejected) {
    console.error(`import: rejected, nothing written: ${result.errorCount} error(s). Fix them or pass --skip-invalid.`);
    return 1;
  }
  const skipped = result.errorCount > 0 ? `, invalid rows skipped (${result.invalidRows})` : '';
  // Rows equal to their stored pledge are imported too, with nothing to write: say how many.
  const unchanged = result.unchanged > 0 ? `, ${result.unchanged} of them unchanged (nothing written for those)` : '';
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`import: ${result.written} pledges imported in ${seconds}s${unchanged}${skipped}`);
  return 0;
});
