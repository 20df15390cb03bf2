import { loadConfig } from '../config';
import { connect } from '../db/connect';
import type { Database } from '../db/database';

/** Shared frame for command-line tools: configuration, one connection, a clear failure message. */
export function runCli(name: string, body: (db: Database, args: string[]) => Promise<number>): void {
  const args = process.argv.slice(2);
  (async () => {
    const conn = await connect(loadConfig(), (l) => console.error(l));
    try {
      return await body(conn.db, args);
    } finally {
      await conn.close();
    }
  })()
    .then((code) => process.exit(code))
    .catch((e: unknown) => {
      console.error(`${name}: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    });
}
