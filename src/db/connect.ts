import type { Config } from '../config';
import { Database } from './database';
import { createDriver, verify } from './driver';
import { statements } from './cypher';
import { startLocalNeo4j, type LocalNeo4j } from './local-neo4j';

async function answers(uri: string, database: string): Promise<boolean> {
  const probe = createDriver({ uri, user: 'neo4j', password: '' }, 2000);
  try {
    await probe.verifyConnectivity({ database });
    return true;
  } catch {
    return false;
  } finally {
    await probe.close();
  }
}

export interface Connection {
  db: Database;
  uri: string;
  /** Closes the driver, then stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/** One driver per process: the local Neo4j when NEO4J_URI is unset, the configured server otherwise. */
export async function connect(
  config: Config,
  log: (line: string) => void = (l) => console.error(l),
): Promise<Connection> {
  let local: LocalNeo4j | undefined;
  let uri = config.neo4jUri;
  if (uri === undefined) {
    const running = `bolt://127.0.0.1:${config.localNeo4jPort}`;
    // A CLI run beside `npm start` shares the database the service already started.
    if (await answers(running, config.neo4jDatabase)) {
      log(`Using the local Neo4j already running at ${running}`);
      uri = running;
    } else {
      local = await startLocalNeo4j({ port: config.localNeo4jPort, dataDir: config.localNeo4jData, log });
      uri = local.uri;
    }
  }
  const driver = createDriver({ uri, user: config.neo4jUser, password: config.neo4jPassword });
  try {
    await verify(driver, uri, config.neo4jDatabase);
  } catch (e) {
    await driver.close();
    await local?.stop();
    throw e;
  }
  const db = new Database(driver, config.neo4jDatabase);
  for (const s of statements('schema')) await db.runText(s);
  return {
    db,
    uri,
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}
