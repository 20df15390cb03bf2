import type { Database } from '../../db/database';
import { requestScope } from '../../db/request-scope';
import { VersionReader } from './version-reader';

export interface GraphState {
  /** Bumped by every write. */
  version: number;
  /** Moved by a delete or a rebuild: in-memory indexes reload whole. */
  epoch: number;
}

const readers = new WeakMap<Database, VersionReader<GraphState>>();

/** The graph's version and epoch, read with few round trips under load (see VersionReader), once per request. */
export function graphState(db: Database): Promise<GraphState> {
  let reader = readers.get(db);
  if (!reader) {
    reader = new VersionReader(async () => {
      const [state] = await db.read('derived-state');
      return { version: Number(state?.version ?? 0), epoch: Number(state?.epoch ?? 0) };
    });
    readers.set(db, reader);
  }
  const scope = requestScope.getStore();
  if (scope?.graphState) return scope.graphState as Promise<GraphState>;
  const state = reader.current();
  if (scope) scope.graphState = state;
  return state;
}

/** After a write in a request: its later reads must see the version the write made. */
export function forgetGraphState(): void {
  const scope = requestScope.getStore();
  if (scope) scope.graphState = undefined;
}
