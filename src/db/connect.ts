import net from 'node:net';
import type { Config } from '../config';
import { Database } from './database';
import { createDriver, verify } from './driver';
import { cypher, statements } from './cypher';
import { LocalNeo4jError, localPassword, startLocalNeo4j } from './local-neo4j';
import { supervise, type Supervised } from './supervisor';

async function answers(uri: string, database: string, password: string): Promise<boolean> {
  const probe = createDriver({ uri, user: 'neo4j', password }, 2000);
  try {
    await probe.verifyConnectivity({ database });
    return true;
  } catch {
    return false;
  } finally {
    await probe.close();
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port, timeout: 1000 });
    const done = (used: boolean) => {
      socket.destroy();
      resolve(used);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

export interface Connection {
  db: Database;
  uri: string;
  /** Told at once when the supervised local Neo4j exits unexpectedly (unset for NEO4J_URI). */
  onDown?: (listener: (reason: string) => void) => void;
  onRestart?: (listener: () => void) => void;
  /** Closes the driver, then stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * The local Neo4j already running on the configured port is used only when it is this checkout's
 * own: it must accept our password and refuse a wrong one. Anything else there is refused, so no
 * command writes into another checkout's database unless NEO4J_URI names it on purpose.
 */
async function existingLocal(port: number, database: string, password: string): Promise<string | undefined> {
  const uri = `bolt://127.0.0.1:${port}`;
  if (await answers(uri, database, password)) {
    if (!(await answers(uri, database, `not-${password}`))) return uri;
    throw new LocalNeo4jError(
      `The Neo4j on port ${port} accepts any password, so it is not this checkout's own database. ` +
        'Stop it, choose another LOCAL_NEO4J_PORT, or set NEO4J_URI to use it on purpose.',
    );
  }
  if (await portInUse(port)) {
    throw new LocalNeo4jError(
      `Port ${port} is taken by something that is not this checkout's Neo4j (it refuses this checkout's password). ` +
        'Choose another LOCAL_NEO4J_PORT, or set NEO4J_URI to use that server on purpose.',
    );
  }
  return undefined;
}

/** One driver per process: the local Neo4j when NEO4J_URI is unset, the configured server otherwise. */
export async function connect(
  config: Config,
  log: (line: string) => void = (l) => console.error(l),
): Promise<Connection> {
  let supervised: Supervised | undefined;
  let uri = config.neo4jUri;
  let user = config.neo4jUser;
  let password = config.neo4jPassword;
  if (uri === undefined) {
    user = 'neo4j';
    password = localPassword(config.localNeo4jData);
    const running = await existingLocal(config.localNeo4jPort, config.neo4jDatabase, password);
    if (running) {
      // A CLI run beside `npm start` shares the database the service already started.
      log(`Using this checkout's local Neo4j already running at ${running}`);
      uri = running;
    } else {
      const opts = { port: config.localNeo4jPort, dataDir: config.localNeo4jData, log };
      supervised = supervise(await startLocalNeo4j(opts), opts);
      uri = supervised.current().uri;
    }
  }
  const driver = createDriver({ uri, user, password });
  try {
    await verify(driver, uri, config.neo4jDatabase);
  } catch (e) {
    await driver.close();
    await supervised?.stop();
    throw e;
  }
  const db = new Database(driver, config.neo4jDatabase, {
    readTimeoutMs: config.service.queryTimeoutMs,
    writeTimeoutMs: config.service.writeTimeoutMs,
  });
  for (const s of statements('schema')) await db.runText(s);
  // Cities written by hand or before their search key existed become findable by name.
  await db.runText(cypher('city-name-keys'));
  return {
    db,
    uri,
    onDown: supervised ? (l) => supervised.onDown(l) : undefined,
    onRestart: supervised ? (l) => supervised.onRestart(l) : undefined,
    async close() {
      await driver.close();
      await supervised?.stop();
    },
  };
}
