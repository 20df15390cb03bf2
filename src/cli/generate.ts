import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { readSeeds } from '../graph/seed/files';
import { actionAreaRows, itemRows } from '../graph/seed/items';
import { syntheticCsv } from '../graph/pledges/synthetic';

const USAGE = 'usage: npm run generate -- --cities N --pledges M --seed S [--out file.csv]';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Needs no database: it reads the seed files for the codes a synthetic pledge may name. */
function main(args: string[]): number {
  const nums = ['cities', 'pledges', 'seed'].map((n) => Number(option(args, n)));
  if (nums.some((n) => !Number.isInteger(n) || n < 0) || nums[0] < 1) {
    console.error(USAGE);
    return 2;
  }
  const [cities, pledges, seed] = nums;
  const out = path.resolve(
    option(args, 'out') ?? path.join(projectRoot(), '.data', `synthetic-${cities}-${pledges}-${seed}.csv`),
  );
  const seeds = readSeeds();
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const fd = fs.openSync(out, 'w');
  let n = 0;
  for (const line of syntheticCsv({
    cities,
    pledges,
    seed,
    countries: seeds.countries.map((c) => ({ code: c.code, alpha2: c.alpha2 })),
    itemIds: itemRows(seeds).map((i) => i.id),
    actionAreaIds: actionAreaRows(seeds).map((a) => String(a.id)),
  })) {
    fs.writeSync(fd, `${line}\n`);
    if (++n % 50000 === 0) console.error(`generate: ${n - 1} pledges…`);
  }
  fs.closeSync(fd);
  console.log(`wrote ${pledges} pledges for ${cities} cities to ${out}`);
  return 0;
}

process.exit(main(process.argv.slice(2)));
