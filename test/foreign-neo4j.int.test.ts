import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config';

// The run's Neo4j stands in for another checkout's: it listens on a local port but its password is
// not the one in this (fresh) data folder, so the CLI must refuse it instead of writing into it.
describe('a Neo4j on the local port that is not this checkout’s own', () => {
  it('is refused by the CLIs, naming NEO4J_URI, and nothing is written', () => {
    const port = new URL((process.env.NEO4J_URI ?? '').replace(/^bolt/, 'http')).port;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-foreign-'));
    const env: NodeJS.ProcessEnv = { ...process.env, LOCAL_NEO4J_PORT: port, LOCAL_NEO4J_DATA: dataDir };
    delete env.NEO4J_URI;
    const run = spawnSync(process.execPath, [path.join(projectRoot(), 'dist', 'cli', 'seed.js')], {
      env,
      encoding: 'utf8',
      timeout: 60000,
    });
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`Port ${port} is taken by something that is not this checkout's Neo4j`));
    expect(run.stderr).toMatch(/NEO4J_URI/);
  });
});
