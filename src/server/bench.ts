import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { createContext } from '../graphql/context';
import { createApp } from './app';
import { runCli } from '../cli/run';

/** Variables for each named operation; the sample graph's ids, which synthetic imports keep. */
const CASES: Array<[string, Record<string, unknown>]> = [
  ['city-sdg-targets', { cityId: 'montreal-ca' }],
  ['uncovered-gcm-objectives', {}],
  ['action-area-across-frameworks', { id: 'AA-4' }],
  ['community-of-practice', { cityId: 'montreal-ca', first: 5 }],
  ['pledge-to-nua-28', { pledgeId: 'bristol-gb-2023-1' }],
  ['pledges-in-area', { id: 'AA-4', first: 100 }],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * npm run bench -- [--runs N]: times each named operation on the graph as it is (seeded, or after
 * `npm run import:pledges` of synthetic data) and prints median milliseconds and Cypher round trips.
 */
runCli('bench', async (db, args) => {
  const i = args.indexOf('--runs');
  const runs = i >= 0 ? Number(args[i + 1]) : 5;
  if (!Number.isInteger(runs) || runs < 1) {
    console.error('usage: npm run bench -- [--runs N]');
    return 2;
  }
  const [{ n: pledges }] = await db.runText('MATCH (p:Pledge) RETURN count(p) AS n');
  const app = await createApp(db, { production: true });
  console.log(`graph: ${pledges} pledges; ${runs} runs per operation after one warm-up`);
  console.log('operation                        median ms   round trips   response bytes');
  for (const [name, variables] of CASES) {
    const query = fs.readFileSync(path.join(projectRoot(), 'schema', 'operations', `${name}.graphql`), 'utf8');
    const times: number[] = [];
    let trips = 0;
    let bytes = 0;
    for (let r = 0; r <= runs; r++) {
      const before = db.roundTrips;
      const t = process.hrtime.bigint();
      const res = await app.apollo.executeOperation({ query, variables }, { contextValue: createContext(db) });
      if (r > 0) times.push(Number(process.hrtime.bigint() - t) / 1e6);
      trips = db.roundTrips - before;
      bytes = JSON.stringify(res.body.kind === 'single' ? res.body.singleResult : {}).length;
    }
    console.log(
      `${name.padEnd(32)} ${median(times).toFixed(1).padStart(9)} ${String(trips).padStart(13)} ${String(bytes).padStart(16)}`,
    );
  }
  await app.apollo.stop();
  return 0;
});
