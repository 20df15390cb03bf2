import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Per-request tallies set by the HTTP layer and read back for logs and metrics, without threading
 * them through every resolver: the database counts round trips here, the cost plugin the cost.
 */
export interface RequestScope {
  requestId: string;
  started: number;
  roundTrips: number;
  cost?: number;
  /** The response cache's key when it missed: the answer is stored under it if it may be. */
  cacheKey?: string;
  /** Set once the answer is known to be an error-free query, so storable. */
  cacheStore?: boolean;
  /**
   * The graph version and epoch this request reads at (graph/derived/graph-version.ts): read once,
   * so every list it answers from in-memory indexes agrees, and its round trips are the same each
   * time. A write in the request forgets it.
   */
  graphState?: Promise<unknown>;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();
