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
}

export const requestScope = new AsyncLocalStorage<RequestScope>();
