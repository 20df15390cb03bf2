import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config';
import { Database } from '../src/db/database';
import { createDriver } from '../src/db/driver';
import { startLocalNeo4j } from '../src/db/local-neo4j';

describe('start-up', () => {
  it('names the URI and the cause when Neo4j is unreachable, and exits non-zero', () => {
    const main = path.join(projectRoot(), 'dist', 'server', 'main.js');
    expect(fs.existsSync(main)).toBe(true); // `npm test` builds first
    const run = spawnSync(process.execPath, [main], {
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', PORT: '4999' },
      encoding: 'utf8',
      timeout: 60000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 \(database "neo4j"\): .+/);
  });

  it('reports every configuration problem before touching the database', () => {
    const main = path.join(projectRoot(), 'dist', 'server', 'main.js');
    const run = spawnSync(process.execPath, [main], {
      env: { ...process.env, NEO4J_URI: 'http://nope', PORT: 'x' },
      encoding: 'utf8',
      timeout: 30000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/NEO4J_URI must start with/);
    expect(run.stderr).toMatch(/PORT must be a port number/);
  });

  it('says what to install, or to set NEO4J_URI, when Java is missing', () => {
    const main = path.join(projectRoot(), 'dist', 'server', 'main.js');
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: '/nonexistent' };
    delete env.NEO4J_URI;
    const run = spawnSync(process.execPath, [main], {
      env: { ...env, LOCAL_NEO4J_PORT: '7699', PORT: '4999' },
      encoding: 'utf8',
      timeout: 30000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/java was not found on PATH\. The local Neo4j needs Java 17\+ and Maven/);
    expect(run.stderr).toMatch(/set NEO4J_URI to any Neo4j 5 server/);
  });

  it('keeps data across a stop and start of the local Neo4j', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-neo4j-'));
    // This run's own spare port: another checkout's tests may use the default ones at the same time.
    const port = Number(process.env.LOCAL_NEO4J_PORT ?? 7689);
    const log = () => undefined;
    const marker = `survivor-${Date.now()}`;

    let local = await startLocalNeo4j({ port, dataDir, log });
    let driver = createDriver({ uri: local.uri, user: 'neo4j', password: local.password });
    await new Database(driver, 'neo4j').runText('CREATE (:Marker {id: $id})', { id: marker });
    await driver.close();
    await local.stop();

    local = await startLocalNeo4j({ port, dataDir, log });
    driver = createDriver({ uri: local.uri, user: 'neo4j', password: local.password });
    const rows = await new Database(driver, 'neo4j').runText('MATCH (m:Marker {id: $id}) RETURN count(m) AS n', {
      id: marker,
    });
    await driver.close();
    await local.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(rows[0].n).toBe(1);
  }, 400000); // two starts of Neo4j: well over a minute each on a busy machine
});

describe('the local Neo4j the test suite runs on', () => {
  it('gets the JVM access its page cache asks for (no "fallback mode" in its log)', () => {
    const log = path.join(projectRoot(), '.data', 'neo4j-test', 'logs', 'debug.log');
    const text = fs.readFileSync(log, 'utf8');
    expect(text).toMatch(/PageCache|page cache/i); // the log is the one Neo4j writes at start
    expect(text).not.toMatch(/using fallback mode/);
  });
});
