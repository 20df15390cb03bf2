import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/db/local-neo4j';
import { seedForTests } from './seed-for-tests';

declare global {
  // eslint-disable-next-line no-var
  var __TEST_NEO4J__: LocalNeo4j | undefined;
}

/**
 * Starts one local Neo4j for the whole run on its own port and a fresh data directory, unless
 * NEO4J_URI points at a server already, then seeds the graph once. Tests read NEO4J_URI.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.NEO4J_URI) {
    const dataDir = path.join(projectRoot(), '.data', 'neo4j-test');
    fs.rmSync(dataDir, { recursive: true, force: true });
    const port = Number(process.env.TEST_NEO4J_PORT ?? 7688);
    const local = await startLocalNeo4j({ port, dataDir, log: (l) => process.stderr.write(`${l}\n`) });
    globalThis.__TEST_NEO4J__ = local;
    process.env.NEO4J_URI = local.uri;
    process.env.NEO4J_USER = 'neo4j';
    process.env.NEO4J_PASSWORD = local.password;
    process.env.TEST_NEO4J_PID = String(local.pid);
  }
  process.env.NEO4J_DATABASE ??= 'neo4j';
  await seedForTests();
}
