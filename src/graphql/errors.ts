import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { Neo4jError } from 'neo4j-driver';
import { RegistryError } from '../graph/registry/errors';

/** Raised by resolvers and validators for input a user can fix. */
export class BadInputError extends GraphQLError {
  constructor(message: string, field?: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
  }
}

const ARGUMENT_VALUE = /does not exist in "\w+" enum|cannot represent|Expected value of type/;
const DB_UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const DB_TIMEOUT = /TransactionTimedOut|Transaction\.Timeout|TransactionTimedOutClientConfiguration/;
// graphql-js words it "more that N tokens"; accept the corrected wording too.
const TOKEN_LIMIT = /Document contains more th(?:an|at) \d+ tokens/;

/**
 * formatError for Apollo: codes as below, then nothing a client did not need: no stack trace (unless
 * the operator asked for debugging), and no library detail in messages of errors we did not raise.
 */
export function errorFormatter(opts: { debug: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = formatError(formatted, error);
    if (opts.debug || !out.extensions) return out;
    const { stacktrace: _stack, limit: _limit, ...extensions } = out.extensions as Record<string, unknown>;
    return { ...out, extensions };
  };
}

/**
 * The one place that maps errors to codes: user mistakes keep their message, everything else is
 * masked so no Cypher, stack or server detail reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) {
    const details = original.extensions.validationErrors as Array<{
      property: string;
      constraints?: Record<string, string>;
    }>;
    const first = details?.[0];
    const message = first?.constraints ? Object.values(first.constraints).join('; ') : formatted.message;
    return { ...formatted, message, extensions: { code: 'BAD_USER_INPUT', field: first?.property } };
  }
  if (original instanceof RegistryError) {
    return {
      ...formatted,
      message: original.message,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  // Apollo files every validation-rule error under one code; each limit deserves its own.
  const limit = formatted.extensions?.limit;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && typeof limit === 'string') {
    return { ...formatted, extensions: { ...formatted.extensions, code: limit } };
  }
  if (code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT.test(formatted.message)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'TOKEN_LIMIT_EXCEEDED' } };
  }
  // A literal argument of the wrong value (an unknown framework, a string for an Int) fails
  // validation; to a client it is bad input like any other, so it gets the same code.
  if (code === 'GRAPHQL_VALIDATION_FAILED' && ARGUMENT_VALUE.test(formatted.message)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  }
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  // Apollo's own refusals of a request (a bad persisted-query version, a hash that does not match)
  // carry a 4xx status but no code: they are the client's mistake, not a server fault.
  const status = (original as GraphQLError | undefined)?.extensions?.http as { status?: number } | undefined;
  if (original instanceof GraphQLError && !formatted.path && status?.status && status.status < 500) {
    return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
  }
  if (original instanceof Neo4jError || (original as { name?: string })?.name === 'Neo4jError') {
    const neo = original as Neo4jError;
    if (DB_TIMEOUT.test(neo.code ?? '')) {
      return {
        message: 'The query took too long and was stopped; ask for less (smaller pages, fewer fields).',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'QUERY_TIMEOUT' },
      };
    }
    const unavailable = DB_UNAVAILABLE.has(neo.code);
    return {
      message: unavailable
        ? 'The graph database is not reachable right now; try again shortly.'
        : 'The graph database could not answer this request.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: unavailable ? 'DATABASE_UNAVAILABLE' : 'DATABASE_ERROR' },
    };
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
