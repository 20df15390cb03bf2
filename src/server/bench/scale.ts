import path from 'node:path';
import fs from 'node:fs';
import { loadConfig, projectRoot } from '../../config';
import type { Database } from '../../db/database';
import { importPledgeFile } from '../../graph/pledges/import';
import { formatPhases, type Phases } from '../../graph/pledges/phases';
import { syntheticCsv } from '../../graph/pledges/synthetic';
import { ensureSeeded } from '../../graph/seed/ensure-seeded';
import { readSeeds } from '../../graph/seed/files';
import { actionAreaRows, itemRows } from '../../graph/seed/items';
import { FLOOR_VARIANTS, importCeiling } from './import-ceiling';

export interface ScaleOptions {
  cities: number;
  pledges: number;
  seed: number;
}

function generate(o: ScaleOptions): string {
  const out = path.join(projectRoot(), '.data', `synthetic-${o.cities}-${o.pledges}-${o.seed}.csv`);
  if (fs.existsSync(out)) return out;
  const seeds = readSeeds();
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const fd = fs.openSync(out, 'w');
  for (const line of syntheticCsv({
    ...o,
    countries: seeds.countries.map((c) => ({ code: c.code, alpha2: c.alpha2 })),
    itemIds: itemRows(seeds).map((i) => i.id),
    actionAreaIds: actionAreaRows(seeds).map((a) => String(a.id)),
  }))
    fs.writeSync(fd, `${line}\n`);
  fs.closeSync(fd);
  return out;
}

/** Imports one file and reports pledges per second, counting parsing, validation and writing. */
async function timedImport(db: Database, file: string, label: string): Promise<number> {
  const t = Date.now();
  const phases: Phases = {};
  // The process's own peak memory (the local Neo4j is another process): sampled, so approximate.
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const sampler = setInterval(sample, 100);
  const result = await importPledgeFile(db, file, { phases }).finally(() => clearInterval(sampler));
  sample();
  if (result.rejected) {
    const first = result.errors.slice(0, 3).map((e) => JSON.stringify(e));
    throw new Error(
      `${label}: the synthetic file was rejected (${result.errors.length} errors), e.g. ${first.join('; ')}`,
    );
  }
  const seconds = (Date.now() - t) / 1000;
  const rate = result.written / seconds;
  console.log(`${label}: ${result.written} pledges in ${seconds.toFixed(1)} s = ${Math.round(rate)} pledges/s`);
  const mb = (n: number) => Math.round(n / 2 ** 20);
  console.log(`  peak memory of this process: rss ${mb(peakRss)} MB, heap used ${mb(peakHeap)} MB`);
  for (const line of formatPhases(phases, seconds * 1000)) console.log(line);
  return rate;
}

/** --scale: generate the synthetic file (kept in .data/), import it, then import it again unchanged. */
export async function scaleUp(db: Database, o: ScaleOptions): Promise<void> {
  // Synthetic rows name real countries, items and action areas: a fresh database needs the seeds first.
  await ensureSeeded(db, { sdgTextsDir: loadConfig().sdgTextsDir });
  const file = generate(o);
  console.log(`scale: ${o.cities} cities, ${o.pledges} pledges from ${path.relative(projectRoot(), file)}`);
  const imported = await timedImport(db, file, 'import');
  await timedImport(db, file, 're-import');
  const n = Math.min(o.pledges, 50000);
  for (const v of FLOOR_VARIANTS) {
    const floor = await importCeiling(db, n, v);
    const shape = `${v.writers} writer${v.writers > 1 ? 's' : ''}, batches of ${v.batch}, ${v.indexed ? 'with' : 'without'} the pledge indexes`;
    console.log(
      `raw Cypher floor (${shape}): ${n} pledge-shaped writes (cypher/bench/import-ceiling.cypher) at ${Math.round(floor)} pledges/s; import ÷ floor ${(imported / floor).toFixed(2)}`,
    );
  }
}
