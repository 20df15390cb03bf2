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
export const DEPTH_MESSAGE = 'Query depth';
const DB_UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

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
  // A literal argument of the wrong value (an unknown framework, a string for an Int) fails
  // validation; to a client it is bad input like any other, so it gets the same code.
  // Apollo files every validation-rule error under one code; the depth limit deserves its own.
  if (code === 'GRAPHQL_VALIDATION_FAILED' && formatted.message.startsWith(DEPTH_MESSAGE)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'DEPTH_LIMIT_EXCEEDED' } };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' && ARGUMENT_VALUE.test(formatted.message)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  }
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  if (original instanceof Neo4jError || (original as { name?: string })?.name === 'Neo4jError') {
    const neo = original as Neo4jError;
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
