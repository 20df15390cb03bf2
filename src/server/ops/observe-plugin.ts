import type { ApolloServerPlugin } from '@apollo/server';
import { requestScope } from '../../db/request-scope';
import type { Logger } from './logger';
import type { Metrics } from './metrics';

/**
 * One log line and the metrics of every operation: its name, duration, Cypher round trips, cost and
 * error codes. Variables and results are never logged: they may hold personal data or tokens.
 */
export function observePlugin(logger: Logger, metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = requestScope.getStore()?.started ?? performance.now();
      return {
        async willSendResponse(r) {
          const scope = requestScope.getStore();
          const operation = r.operationName ?? r.request.operationName ?? 'anonymous';
          const seconds = (performance.now() - started) / 1000;
          const body = r.response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN')))];
          for (const code of codes) metrics.errors.inc({ code });
          // Names are client-chosen: keep the label set bounded by naming only well-formed ones.
          const label = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(operation) ? operation : 'other';
          metrics.requests.inc({ operation: label, outcome: codes.length === 0 ? 'ok' : 'error' });
          metrics.duration.observe({ operation: label }, seconds);
          logger.info(
            {
              requestId: scope?.requestId,
              operation,
              durationMs: Math.round(seconds * 1000),
              roundTrips: scope?.roundTrips ?? 0,
              cost: scope?.cost,
              errorCodes: codes.length > 0 ? codes : undefined,
            },
            'graphql',
          );
        },
      };
    },
  };
}
