import './production-mode';
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { runCli } from '../cli/run';
import type { Database } from '../db/database';
import { CASES, graphqlArm, rawArm } from './bench/arms';
import { scaleUp } from './bench/scale';
import { median, percentile, sameJson, throughput, timed } from './bench/stats';
import { defaultServiceConfig, type ServiceConfig } from '../config-service';
import { type App, createApp, listen } from './app';

const USAGE =
  'usage: npm run bench -- [--runs N] [--clients N] [--seconds S] [--only operation[,operation…]] [--scale [--cities N --pledges M] [--import-only]]';

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

/** Untimed requests per GraphQL arm before an operation's timed runs. */
const WARM_UP = 5;

// An arm stops before `--runs` once its runs add up to ARM_BUDGET_MS (never under MIN_RUNS): cheap
// operations get all their runs (a median of five moved with one slow run), while the raw matrix
// walk (10-17 s a run) costs three runs, not twenty.
const ARM_BUDGET_MS = 20_000;
const MIN_RUNS = 3;

const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

// Each run starts with the next arm, so no arm always follows the raw one: right after the raw
// matrix walk (17 s), GraphQL requests took 33-67 ms in two checks, against 21-50 ms alone.
const rotation = (run: number) => [0, 1, 2].map((a) => (a + run) % 3);

// The bench measures the query path, not the guards: no rate limit (8 clients send thousands of
// requests a minute from one address), no cost gate queueing them, read timeouts of an import.
const service: ServiceConfig = {
  ...defaultServiceConfig(),
  rateLimitPerMinute: 0,
  maxCost: 10_000_000,
  expensiveCost: 10_000_000,
  expensiveConcurrency: 100,
  queryTimeoutMs: 600_000,
};
// The database connection takes its read timeout from the environment, not from `service`: without
// this a cold first read at scale (several seconds, 8 clients at once) failed with QUERY_TIMEOUT.
process.env.QUERY_TIMEOUT_MS ??= String(service.queryTimeoutMs);

async function serve(db: Database, responseCache: boolean): Promise<{ app: App; url: string }> {
  const app = await createApp(db, { production: true, responseCache, service });
  await listen(app.httpServer, '127.0.0.1', 0);
  // Node closes a keep-alive connection after 5 idle seconds; the bench's idle sockets wait that long
  // while a raw arm runs, and one reused as the server closed it failed a run ("socket hang up").
  app.httpServer.keepAliveTimeout = 600_000;
  app.httpServer.headersTimeout = 610_000;
  return { app, url: `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql` };
}

/**
 * npm run bench: per named operation, three arms interleaved so background load hits them alike:
 * GraphQL over HTTP as `npm start` serves it (response cache on), the same without the cache, and
 * the hand-written statement in cypher/bench/ through the raw driver. Answers are compared before
 * timing; then single-client timings and req/s at N clients. --scale first imports the synthetic
 * 10k cities / 200k pledges and reports import rates.
 */
runCli('bench', async (db, args) => {
  const runs = option(args, 'runs', 20);
  const clients = option(args, 'clients', 8);
  const seconds = option(args, 'seconds', 2);
  const scale = { cities: option(args, 'cities', 10000), pledges: option(args, 'pledges', 200000), seed: 42 };
  if (![runs, clients, scale.cities, scale.pledges].every((n) => Number.isInteger(n) && n > 0) || !(seconds > 0)) {
    console.error(USAGE);
    return 2;
  }
  if (args.includes('--scale')) await scaleUp(db, scale);
  // Measuring the importer alone: the per-operation timings would add minutes on a shared machine.
  if (args.includes('--import-only')) return 0;
  const [{ n: pledges }] = await db.runText('MATCH (p:Pledge) RETURN count(p) AS n');
  const cached = await serve(db, true);
  const plain = await serve(db, false);
  console.log(
    `graph: ${pledges} pledges; ${runs} interleaved runs per arm after a warm-up (fewer, at least ${MIN_RUNS}, once an arm's runs pass ${ARM_BUDGET_MS / 1000} s); ${clients} clients`,
  );
  console.log(
    '| operation | cached median / p95 | no cache median / p95 | raw median / p95 | no cache ÷ raw | round trips | req/s cached / no cache / raw | req/s cached ÷ raw | req/s no cache ÷ raw | same answer |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  let mismatches = 0;
  try {
    const only = args.indexOf('--only');
    const names = only < 0 ? null : new Set(String(args[only + 1]).split(','));
    for (const c of CASES.filter((x) => names === null || names.has(x.name))) {
      const arms = [graphqlArm(cached.url, c), graphqlArm(plain.url, c), rawArm(db, c)];
      const before = db.roundTrips;
      const answers = [await arms[1](), await arms[2]()];
      const trips = db.roundTrips - before; // the raw arm bypasses the counted path
      const same = sameJson(answers[0], answers[1]) && sameJson(await arms[0](), answers[1]);
      if (!same) mismatches += 1;
      // The GraphQL arms' code warms up too (the raw arm's statement was compiled by the check): the
      // first operation after an import, timed right after one request, measured 60 ms against
      // 27-42 ms on the same database held.
      for (let i = 0; i < WARM_UP; i++) for (const a of [0, 1]) await arms[a]();
      const times: number[][] = [[], [], []];
      const spent = [0, 0, 0];
      const more = (a: number) => times[a].length < runs && (times[a].length < MIN_RUNS || spent[a] < ARM_BUDGET_MS);
      for (let i = 0; [0, 1, 2].some(more); i++)
        for (const a of rotation(i).filter(more)) {
          const ms = await timed(arms[a]);
          times[a].push(ms);
          spent[a] += ms;
        }
      const rates: number[][] = [[], [], []];
      for (let i = 0; i < 2; i++)
        for (const a of rotation(i)) rates[a].push(await throughput(arms[a], clients, (seconds * 1000) / 2));
      const [rc, rn, rr] = rates.map((xs) => xs.reduce((x, y) => x + y, 0) / xs.length);
      const cell = (xs: number[]) =>
        `${fmt(median(xs))} / ${fmt(percentile(xs, 95))} ms${xs.length < runs ? ` (${xs.length} runs)` : ''}`;
      console.log(
        `| ${c.name} | ${cell(times[0])} | ${cell(times[1])} | ${cell(times[2])} | ${(median(times[1]) / median(times[2])).toFixed(2)} | ${trips} | ${fmt(rc)} / ${fmt(rn)} / ${fmt(rr)} | ${(rc / rr).toFixed(2)} | ${(rn / rr).toFixed(2)} | ${same ? 'yes' : 'NO'} |`,
      );
    }
  } finally {
    await cached.app.apollo.stop();
    await plain.app.apollo.stop();
  }
  if (mismatches > 0) console.error(`bench: ${mismatches} operation(s) answered differently in the raw arm`);
  return mismatches > 0 ? 1 : 0;
});
