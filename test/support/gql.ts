import type { DocumentNode } from 'graphql';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { App } from '../../src/server/app';
import { createContext } from '../../src/graphql/context';
import type { Database } from '../../src/db/database';

export interface GqlResult<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** Runs an operation through Apollo exactly as HTTP would, with a fresh per-request context. */
export async function run<T, V extends Record<string, unknown>>(
  app: App,
  db: Database,
  doc: TypedDocumentNode<T, V> | DocumentNode | string,
  variables?: V,
): Promise<GqlResult<T>> {
  const query = typeof doc === 'string' ? doc : print(doc);
  const res = await app.apollo.executeOperation({ query, variables }, { contextValue: createContext(db) });
  if (res.body.kind !== 'single') throw new Error('unexpected incremental result');
  return res.body.singleResult as GqlResult<T>;
}
