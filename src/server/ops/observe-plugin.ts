import type { ApolloServerPlugin } from '@apollo/server';
import { requestScope } from '../../db/request-scope';
import type { Logger } from './logger';
import type { Metrics } from './metrics';

/**
 * The log line and metrics of one answered operation: its name, duration, Cypher round trips, cost
 * and error codes. Variables and results are never logged: they may hold personal data or tokens.
 * Apollo's answers reach it through observePlugin, the response cache's replays directly.
 */
export function recordOperation(
  logger: Logger,
  metrics: Metrics,
  operation: string,
  codes: string[],
  extra: { cached?: boolean } = {},
): void {
  const scope = requestScope.getStore();
  const seconds = (performance.now() - (scope?.started ?? performance.now())) / 1000;
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
      ...extra,
    },
    'graphql',
  );
}

export function observePlugin(logger: Logger, metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(r) {
          const body = r.response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN')))];
          recordOperation(logger, metrics, r.operationName ?? r.request.operationName ?? 'anonymous', codes);
        },
      };
    },
  };
}
