import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config';
import { probes, QUERY, waitFor } from './support/probe';
import { post } from './support/served';

// `npm start` as a user runs it (dev mode, its own local Neo4j on this run's spare port), then the
// database is killed, frozen and thawed under load, and finally the service itself is killed.
const port = Number(process.env.PORT ?? 4020);
const neo4jPort = Number(process.env.LOCAL_NEO4J_PORT ?? 7720);
const base = `http://127.0.0.1:${port}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-supervise-'));
let service: ChildProcess;
const lines: string[] = [];
let buffered = '';
/** The Neo4j child's pid, from the service's latest "running as pid" log line. */
const javaPid = () => {
  const all = [...`${lines.join('\n')}\n${buffered}`.matchAll(/running as pid (\d+)/g)];
  return all.length > 0 ? Number(all[all.length - 1][1]) : 0;
};
const figures: string[] = [];

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const { health, good } = probes(base);
/** Eight clients querying at once; every answer must be JSON with data or a coded error. */
const load = async () => {
  const answers = await Promise.all(Array.from({ length: 8 }, () => post(base, QUERY)));
  for (const a of answers) {
    expect(a.status).toBeLessThan(600);
    expect(a.json).toBeDefined();
    if (a.json.errors) expect(a.json.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(a.text).not.toMatch(/stacktrace|at \/|\.ts:|node_modules/);
  }
  return answers;
};

beforeAll(async () => {
  service = spawn(process.execPath, [path.join(projectRoot(), 'dist', 'server', 'main.js')], {
    env: {
      ...process.env,
      NEO4J_URI: '',
      NEO4J_PASSWORD: '',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOCAL_NEO4J_PORT: String(neo4jPort),
      LOCAL_NEO4J_DATA: dataDir,
      SEED_ON_START: 'false',
      NODE_ENV: '',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
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
  if (service.exitCode === null) service.kill('SIGKILL');
  const pid = javaPid();
  if (pid && alive(pid)) process.kill(pid, 'SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
  // The service's own log, for diagnosing a failure of this file.
  fs.writeFileSync(path.join(os.tmpdir(), 'cg-supervision-service.log'), `${lines.join('\n')}\n${buffered}`);
  console.log(`supervision figures:\n${figures.join('\n')}`);
});

describe('a supervised local Neo4j', () => {
  it('keeps its password in the data folder, readable by the owner only', () => {
    const mode = fs.statSync(path.join(dataDir, '.password')).mode & 0o777;
    expect(mode).toBe(0o600);
  });

  it('killed: 503 with the reason at once, fast DATABASE_UNAVAILABLE, a log line, then a good answer again, nothing acknowledged lost', async () => {
    expect(await good()).toBe(true);
    // An acknowledged write just before the kill: the token CLI writes beside the running service
    // and prints the token only once its transaction committed. It must still work after the restart.
    const cli = spawnSync(
      process.execPath,
      [path.join(projectRoot(), 'dist', 'cli', 'token.js'), 'create', '--name', 'test durable', '--role', 'ADMIN'],
      {
        env: {
          ...process.env,
          NEO4J_URI: '',
          NEO4J_PASSWORD: '',
          LOCAL_NEO4J_PORT: String(neo4jPort),
          LOCAL_NEO4J_DATA: dataDir,
        },
        encoding: 'utf8',
      },
    );
    expect(cli.status).toBe(0);
    const token = cli.stdout.trim().split('\n').pop() as string;
    const viewer = { query: '{ viewer { name role } }' };
    const auth = { authorization: `Bearer ${token}` };
    expect((await post(base, viewer, auth)).json.data.viewer).toEqual({ name: 'test durable', role: 'ADMIN' });
    const first = javaPid();
    const died = performance.now();
    process.kill(first, 'SIGKILL');
    await waitFor(() => !alive(first));
    await waitFor(async () => (await health()).status === 503);
    const down = await health();
    expect(down.body).toMatchObject({ status: 'degraded', database: 'down' });
    expect(down.body.reason).toMatch(/exited unexpectedly/);
    figures.push(`  /healthz while down: ${down.ms.toFixed(1)} ms`);
    const t = performance.now();
    const answers = await load();
    figures.push(`  8 concurrent queries while down: ${(performance.now() - t).toFixed(1)} ms`);
    expect(answers.some((a) => a.json.errors)).toBe(true);
    await waitFor(good);
    figures.push(`  good answer again ${((performance.now() - died) / 1000).toFixed(1)} s after kill -9`);
    // Bolt answers a little before the launcher prints its ready line and the service logs the new pid.
    await waitFor(() => javaPid() !== first);
    expect(lines.join('\n')).toMatch(/exited unexpectedly/);
    expect(lines.join('\n')).toMatch(/restarted in/);
    expect((await health()).status).toBe(200);
    expect((await post(base, viewer, auth)).json.data.viewer).toEqual({ name: 'test durable', role: 'ADMIN' });
  }, 400000);

  it('frozen (SIGSTOP): 503 and fast errors instead of hanging, then answers after SIGCONT', async () => {
    const java = javaPid();
    process.kill(java, 'SIGSTOP');
    try {
      await waitFor(async () => (await health()).status === 503);
      const t = performance.now();
      await load();
      figures.push(`  8 concurrent queries while frozen: ${(performance.now() - t).toFixed(1)} ms`);
    } finally {
      process.kill(java, 'SIGCONT');
    }
    await waitFor(good);
    expect((await health()).status).toBe(200);
  }, 120000);

  it('dies with its parent: killing the service leaves no Neo4j holding the port', async () => {
    const java = javaPid();
    expect(alive(java)).toBe(true);
    service.kill('SIGKILL');
    await waitFor(() => !alive(java));
    expect(alive(java)).toBe(false);
  }, 120000);
});
