import client from 'prom-client';

/** Prometheus metrics of one service instance; a registry per app so tests can build several. */
export interface MetricSources {
  /** Expensive operations holding a permit now. */
  expensiveRunning?: () => number;
  /** Driver sessions open now (src/db/in-flight.ts), and the pool's size. */
  sessionsOpen?: () => number;
  poolSize?: number;
  /** Write transactions the driver has run again so far (src/db/database.ts). */
  transactionsRetried?: () => number;
}

export function createMetrics(sources: MetricSources = {}) {
  const expensiveRunning = sources.expensiveRunning ?? (() => 0);
  const sessionsOpen = sources.sessionsOpen ?? (() => 0);
  const transactionsRetried = sources.transactionsRetried ?? (() => 0);
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const requests = new client.Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL operations answered, by operation name and outcome',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new client.Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time to answer a GraphQL operation, by operation name',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const errors = new client.Counter({
    name: 'graphql_errors_total',
    help: 'Errors returned to clients, by extensions.code',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const databaseUp = new client.Gauge({
    name: 'neo4j_up',
    help: '1 when the last health probe of Neo4j succeeded',
    registers: [registry],
  });
  const poolInUse = new client.Gauge({
    name: 'neo4j_expensive_operations_running',
    help: 'Expensive operations holding a permit of the concurrency bound',
    registers: [registry],
    collect() {
      this.set(expensiveRunning());
    },
  });
  // neo4j-driver 6 publishes no pool metrics; every session is opened in one place and counted there.
  // Each open session holds at most one pooled connection; sessions beyond the pool's size wait for one.
  const sessions = new client.Gauge({
    name: 'neo4j_sessions_open',
    help: 'Driver sessions open now, each holding at most one connection of the Bolt pool',
    registers: [registry],
    collect() {
      this.set(sessionsOpen());
    },
  });
  const poolMax = new client.Gauge({
    name: 'neo4j_pool_max_connections',
    help: 'Size of the Bolt connection pool (sessions above it wait for a connection)',
    registers: [registry],
  });
  if (sources.poolSize !== undefined) poolMax.set(sources.poolSize);
  // Counted where src/db runs every write transaction; read at each scrape.
  const retried = new client.Counter({
    name: 'neo4j_transactions_retried_total',
    help: 'Write transactions run again after a transient error, mostly a deadlock between concurrent writes',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(transactionsRetried());
    },
  });
  const restarts = new client.Counter({
    name: 'neo4j_local_restarts_total',
    help: 'Restarts of the local Neo4j after it exited unexpectedly',
    registers: [registry],
  });
  const rateLimited = new client.Counter({
    name: 'http_rate_limited_total',
    help: 'Requests refused with 429 by the per-client rate limit',
    registers: [registry],
  });
  const responseCache = new client.Counter({
    name: 'graphql_response_cache_total',
    help: 'Anonymous queries answered from the response cache (hit) or computed (miss)',
    labelNames: ['result'] as const,
    registers: [registry],
  });
  return {
    registry,
    requests,
    duration,
    errors,
    databaseUp,
    poolInUse,
    sessions,
    retried,
    restarts,
    rateLimited,
    responseCache,
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
