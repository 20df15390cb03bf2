import type { DocumentNode } from 'graphql';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { App } from '../../src/server/app';
import { createContext } from '../../src/graphql/context';
import { requestScope } from '../../src/db/request-scope';
import type { Database } from '../../src/db/database';

export interface GqlResult<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * Runs an operation through Apollo exactly as HTTP would, with a fresh per-request context and
 * request scope (src/server/ops/guards.ts: the graph version is then read once per request).
 */
export async function run<T, V extends Record<string, unknown>>(
  app: App,
  db: Database,
  doc: TypedDocumentNode<T, V> | DocumentNode | string,
  variables?: V,
): Promise<GqlResult<T>> {
  const query = typeof doc === 'string' ? doc : print(doc);
  const scope = { requestId: 'test', started: performance.now(), roundTrips: 0 };
  const res = await requestScope.run(scope, () =>
    app.apollo.executeOperation({ query, variables }, { contextValue: createContext(db) }),
  );
  if (res.body.kind !== 'single') throw new Error('unexpected incremental result');
  return res.body.singleResult as GqlResult<T>;
}
