import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { runCli } from '../cli/run';
import { CASES, graphqlArm, rawArm } from './bench/arms';
import { scaleUp } from './bench/scale';
import { median, percentile, sameJson, throughput, timed } from './bench/stats';
import { defaultServiceConfig, type ServiceConfig } from '../config-service';
import { createApp, listen } from './app';

const USAGE =
  'usage: npm run bench -- [--runs N] [--clients N] [--seconds S] [--cache] [--only operation] [--scale [--cities N --pledges M] [--import-only]]';

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

/**
 * npm run bench: per named operation, GraphQL over HTTP (a server on an ephemeral loopback port)
 * against the hand-written statement in cypher/bench/ through the raw driver. Both answers are
 * compared before timing; single-client timings and the 8-client throughput interleave the arms
 * so background load hits both alike. --scale first imports the synthetic 10k cities / 200k pledges;
 * --cache turns the response cache on for the GraphQL arm.
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
  const cache = args.includes('--cache');
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
  const app = await createApp(db, { production: true, responseCache: cache, service });
  await listen(app.httpServer, '127.0.0.1', 0);
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;
  console.log(
    `graph: ${pledges} pledges; ${runs} interleaved runs per arm after a warm-up; ${clients} clients; response cache ${cache ? 'on' : 'off'}`,
  );
  console.log(
    '| operation | GraphQL median | GraphQL p95 | raw median | raw p95 | GraphQL ÷ raw | round trips | req/s GraphQL | req/s raw | throughput ratio | same answer |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  let mismatches = 0;
  try {
    const only = args.indexOf('--only');
    for (const c of CASES.filter((x) => only < 0 || x.name === args[only + 1])) {
      const gql = graphqlArm(url, c);
      const raw = rawArm(db, c);
      const before = db.roundTrips;
      const same = sameJson(await gql(), await raw());
      const trips = db.roundTrips - before;
      if (!same) mismatches += 1;
      const g: number[] = [];
      const r: number[] = [];
      for (let i = 0; i < runs; i++) {
        g.push(await timed(gql));
        r.push(await timed(raw));
      }
      const tg: number[] = [];
      const tr: number[] = [];
      for (let i = 0; i < 2; i++) {
        tg.push(await throughput(gql, clients, (seconds * 1000) / 2));
        tr.push(await throughput(raw, clients, (seconds * 1000) / 2));
      }
      const [rg, rr] = [tg, tr].map((xs) => xs.reduce((a, b) => a + b, 0) / xs.length);
      console.log(
        `| ${c.name} | ${fmt(median(g))} ms | ${fmt(percentile(g, 95))} ms | ${fmt(median(r))} ms | ${fmt(percentile(r, 95))} ms | ${(median(g) / median(r)).toFixed(2)} | ${trips} | ${fmt(rg)} | ${fmt(rr)} | ${(rg / rr).toFixed(2)} | ${same ? 'yes' : 'NO'} |`,
      );
    }
  } finally {
    await app.apollo.stop();
  }
  if (mismatches > 0) console.error(`bench: ${mismatches} operation(s) answered differently in the raw arm`);
  return mismatches > 0 ? 1 : 0;
});
