import neo4j, { type Driver } from 'neo4j-driver';
import { joinMultiPartMessages } from './bolt-messages';
import { largeMessageChunks } from './bolt-writes';

export class DatabaseUnreachableError extends Error {}

/** Bolt connections per process (the README's "each replica uses up to 50"); /metrics reports it. */
export const MAX_CONNECTION_POOL_SIZE = 50;

export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
}

export function createDriver(s: DriverSettings, connectionTimeout = 30000): Driver {
  joinMultiPartMessages();
  largeMessageChunks();
  return neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password), {
    connectionTimeout,
    // Integers come back as JS numbers or strings we choose; counts here stay far below 2^53.
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 20000,
    // Retrying a failed transaction longer than this keeps clients waiting on a database that is down.
    maxTransactionRetryTime: 5000,
    maxConnectionPoolSize: MAX_CONNECTION_POOL_SIZE,
  });
}

/** Fails with one sentence naming the URI and the cause, instead of a driver stack trace. */
export async function verify(driver: Driver, uri: string, database: string): Promise<void> {
  try {
    await driver.verifyConnectivity({ database });
  } catch (e) {
    const cause = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new DatabaseUnreachableError(
      `Cannot reach Neo4j at ${uri} (database "${database}"): ${cause}. ` +
        'Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, or unset NEO4J_URI to use the local Neo4j.',
    );
  }
}
