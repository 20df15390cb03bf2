import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';

/** A driver of the test file's own against the run's Neo4j (started by the global setup). */
export function openTestDb(): Database {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: integration tests need the jest global setup');
  const driver = createDriver({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
  });
  return new Database(driver, process.env.NEO4J_DATABASE ?? 'neo4j');
}

export async function closeTestDb(db: Database): Promise<void> {
  await db.driver.close();
}
