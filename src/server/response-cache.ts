import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import type { Database } from '../db/database';

/**
 * Optional (RESPONSE_CACHE=true) cache of whole answers to anonymous queries, keyed on the graph
 * version in the database: every write bumps it (src/graph/derived/), so an answer is served
 * only while the graph it was computed from is unchanged, on every replica. Costs one small read
 * per request; a hit skips every resolver. Requests with an Authorization header are never cached
 * (they may see what the public cannot).
 */
export function responseCachePlugin(db: Database, max = 2000): ApolloServerPlugin {
  const cache = new LRUCache<string, string>({ max });
  return {
    async requestDidStart({ request }) {
      if (request.http?.headers.get('authorization')) return {};
      let key: string | undefined;
      let hit = false;
      return {
        async responseForOperation({ operation }) {
          if (operation.operation !== 'query') return null;
          const [state] = await db.read('derived-state');
          key = JSON.stringify([state?.version ?? 0, request.query, request.operationName ?? null, request.variables]);
          const found = cache.get(key);
          if (found === undefined) return null;
          hit = true;
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: JSON.parse(found) },
          };
        },
        async willSendResponse({ response }) {
          if (hit || key === undefined || response.body.kind !== 'single') return;
          if (response.body.singleResult.errors) return;
          cache.set(key, JSON.stringify(response.body.singleResult));
        },
      };
    },
  };
}
