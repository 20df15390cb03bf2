import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import { requestScope } from '../../db/request-scope';
import { operationCost } from './cost';
import type { Semaphore } from './semaphore';

export interface CostPluginOptions {
  maxCost: number;
  /** Operations costing this much or more take a permit of `gate` while they run. */
  expensiveCost: number;
  gate: Semaphore;
}

const refuse = (message: string, code: string, status: number, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extra, http: { status } } });

/**
 * Prices the operation with its variables once it is parsed and validated, before any resolver or
 * Cypher runs; refuses it when too costly, and bounds how many expensive ones run together.
 */
export function costPlugin(opts: CostPluginOptions): ApolloServerPlugin {
  // Dashboards repeat the same operations with the same variables: price each once.
  const priced = new LRUCache<string, number>({ max: 2000 });
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async didResolveOperation(rc) {
          const key = JSON.stringify([rc.queryHash, rc.operationName ?? null, rc.request.variables ?? null]);
          let cost = priced.get(key) ?? -1;
          try {
            if (cost < 0) {
              cost = operationCost(rc.schema, rc.document, rc.operationName ?? undefined, rc.request.variables);
              priced.set(key, cost);
            }
          } catch (e) {
            // Variables that do not fit their types: the same mistake execution would report.
            const message = e instanceof Error ? e.message : 'Invalid variables';
            throw refuse(message, 'BAD_USER_INPUT', 400);
          }
          if (cost > opts.maxCost) {
            throw refuse(`Operation cost ${cost} exceeds the maximum of ${opts.maxCost}`, 'COST_LIMIT_EXCEEDED', 400, {
              cost,
              maxCost: opts.maxCost,
            });
          }
          const scope = requestScope.getStore();
          if (scope) scope.cost = cost;
          if (cost >= opts.expensiveCost) {
            release = await opts.gate.acquire();
            if (!release) {
              throw refuse('Too many expensive operations are running; try again shortly.', 'SERVER_BUSY', 503);
            }
          }
        },
        async willSendResponse() {
          release?.();
        },
      };
    },
  };
}
