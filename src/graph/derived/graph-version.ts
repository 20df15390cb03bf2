import type { Database } from '../../db/database';
import { VersionReader } from './version-reader';

export interface GraphState {
  /** Bumped by every write. */
  version: number;
  /** Moved by a delete or a rebuild: in-memory indexes reload whole. */
  epoch: number;
}

const readers = new WeakMap<Database, VersionReader<GraphState>>();

/** The graph's version and epoch, read with few round trips under load (see VersionReader). */
export function graphState(db: Database): Promise<GraphState> {
  let reader = readers.get(db);
  if (!reader) {
    reader = new VersionReader(async () => {
      const [state] = await db.read('derived-state');
      return { version: Number(state?.version ?? 0), epoch: Number(state?.epoch ?? 0) };
    });
    readers.set(db, reader);
  }
  return reader.current();
}
