import type { Database } from '../../db/database';
import { VersionReader } from './version-reader';

const readers = new WeakMap<Database, VersionReader>();

/** The graph version every write bumps, read with few round trips under load (see VersionReader). */
export function graphVersion(db: Database): Promise<number> {
  let reader = readers.get(db);
  if (!reader) {
    reader = new VersionReader(async () => {
      const [state] = await db.read('derived-state');
      return Number(state?.version ?? 0);
    });
    readers.set(db, reader);
  }
  return reader.current();
}
