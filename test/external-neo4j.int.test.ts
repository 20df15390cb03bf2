import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config';
import { startLocalNeo4j, type LocalNeo4j } from '../src/db/local-neo4j';
import { probes, QUERY, sleep, waitFor } from './support/probe';
import { post } from './support/served';

// The service as deployed against a server it does not own (NEO4J_URI): a separate Neo4j on this
// run's spare port stands in for it. It goes away (kill -9) and comes back, then freezes (SIGSTOP)
// and thaws, while clients keep querying; the service is never restarted.
const port = Number(process.env.PORT ?? 4020);
const neo4jPort = Number(process.env.LOCAL_NEO4J_PORT ?? 7720);
const base = `http://127.0.0.1:${port}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-external-'));
const neo4jLog = (l: string) => process.stderr.write(`external ${l}\n`);
let external: LocalNeo4j;
let service: ChildProcess;
const lines: string[] = [];
const figures: string[] = [];

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
const { health, good } = probes(base);

interface Outcome {
  at: number;
  ms: number;
  code: string;
}

/** Four clients querying back to back until stopped; each answer is JSON with data or a coded error. */
function clients(): { stop: () => Promise<Outcome[]> } {
  const outcomes: Outcome[] = [];
  let running = true;
  const loop = async () => {
    while (running) {
      const at = performance.now();
      const r = await post(base, QUERY);
      const code = r.json?.errors
        ? String(r.json.errors[0].extensions?.code)
        : r.json?.data
          ? 'ok'
          : `HTTP ${r.status}`;
      expect(r.text).not.toMatch(/stacktrace|at \/|\.ts:|node_modules|bolt:|127\.0\.0\.1/);
      outcomes.push({ at, ms: performance.now() - at, code });
      await sleep(50);
    }
  };
  const loops = Array.from({ length: 4 }, loop);
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}

const slowest = (outcomes: Outcome[], after: number) =>
  Math.max(0, ...outcomes.filter((o) => o.at + o.ms >= after).map((o) => o.ms));

beforeAll(async () => {
  external = await startLocalNeo4j({ port: neo4jPort, dataDir, log: neo4jLog });
  service = spawn(process.execPath, [path.join(projectRoot(), 'dist', 'server', 'main.js')], {
    env: {
      ...process.env,
      NEO4J_URI: external.uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: external.password,
      HOST: '127.0.0.1',
      PORT: String(port),
      SEED_ON_START: 'false',
      // Four clients retrying as fast as errors come back would meet the per-address limit.
      RATE_LIMIT_PER_MINUTE: '0',
      NODE_ENV: '',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let buffered = '';
  service.stderr?.setEncoding('utf8');
  service.stderr?.on('data', (chunk: string) => {
    const parts = (buffered + chunk).split('\n');
    buffered = parts.pop() ?? '';
    lines.push(...parts);
  });
  await waitFor(() => lines.some((l) => l.includes('GraphQL ready')) || service.exitCode !== null);
  expect(service.exitCode).toBeNull();
}, 300000);

afterAll(async () => {
  if (service && service.exitCode === null) service.kill('SIGKILL');
  if (external?.pid) {
    try {
      process.kill(external.pid, 'SIGCONT');
    } catch {
      // already gone
    }
  }
  await external?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.writeFileSync(path.join(os.tmpdir(), 'cg-external-service.log'), lines.join('\n'));
  console.log(`external database figures:\n${figures.join('\n')}`);
});

describe('an external Neo4j (NEO4J_URI) that goes away and returns', () => {
  it('killed: 503 with the reason, fast DATABASE_UNAVAILABLE, then good answers once it is back', async () => {
    expect(await good()).toBe(true);
    expect((await health()).status).toBe(200);
    const load = clients();
    await sleep(500);
    const killed = performance.now();
    process.kill(external.pid as number, 'SIGKILL');
    await external.exited;
    await waitFor(async () => (await health()).status === 503);
    figures.push(`  kill -9: /healthz 503 after ${seconds(killed)} s`);
    const down = await health();
    expect(down.body).toMatchObject({ status: 'degraded', database: 'down' });
    expect(down.body.reason).toMatch(/refuses connections|does not answer/);
    expect(down.body.reason).not.toMatch(/bolt|127\.0\.0\.1|password/);
    figures.push(`  /healthz while down answers in ${down.ms.toFixed(1)} ms`);
    await sleep(1000);
    const marked = performance.now();
    const first = await load.stop();
    figures.push(`  slowest answer from the kill to 503 and after: ${(slowest(first, killed) / 1000).toFixed(2)} s`);
    const whileDown = first.filter((o) => o.at >= marked - 1000);
    expect(whileDown.length).toBeGreaterThan(0);
    for (const o of whileDown) expect(o.code).toBe('DATABASE_UNAVAILABLE');

    const during = clients();
    const restarting = performance.now();
    external = await startLocalNeo4j({ port: neo4jPort, dataDir, log: neo4jLog });
    const ready = performance.now();
    await waitFor(good);
    await waitFor(async () => (await health()).status === 200);
    const outcomes = await during.stop();
    figures.push(
      `  database restarted in ${seconds(restarting)} s; good answers and /healthz 200 ${seconds(ready)} s after it was ready (${seconds(killed)} s after the kill)`,
    );
    figures.push(`  slowest answer from the kill to recovery: ${(slowest(outcomes, restarting) / 1000).toFixed(2)} s`);
    for (const o of outcomes) expect(['ok', 'DATABASE_UNAVAILABLE']).toContain(o.code);
    expect(lines.join('\n')).toMatch(/database is down/);
    expect(lines.join('\n')).toMatch(/database is answering again/);
  }, 300000);

  it('frozen (SIGSTOP): 503 and errors after a bounded wait instead of hangs, then answers after SIGCONT', async () => {
    const java = external.pid as number;
    expect(await good()).toBe(true);
    const load = clients();
    await sleep(500);
    const frozen = performance.now();
    process.kill(java, 'SIGSTOP');
    let outcomes: Outcome[];
    try {
      await waitFor(async () => (await health()).status === 503);
      figures.push(`  SIGSTOP: /healthz 503 after ${seconds(frozen)} s`);
      expect((await health()).body.reason).toMatch(/does not answer/);
      await sleep(1500);
      outcomes = await load.stop();
    } finally {
      process.kill(java, 'SIGCONT');
    }
    const thawed = performance.now();
    figures.push(`  slowest answer while frozen: ${(slowest(outcomes, frozen) / 1000).toFixed(2)} s`);
    const after = outcomes.filter((o) => o.at > frozen);
    expect(after.some((o) => o.code === 'DATABASE_UNAVAILABLE')).toBe(true);
    for (const o of after) expect(['ok', 'DATABASE_UNAVAILABLE']).toContain(o.code);
    await waitFor(good);
    await waitFor(async () => (await health()).status === 200);
    figures.push(`  SIGCONT: good answers and /healthz 200 after ${seconds(thawed)} s`);
  }, 120000);
});
