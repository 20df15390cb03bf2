import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
}

/**
 * Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; `limit` carries the specific
 * code through to formatError, which makes it the answer's extensions.code.
 */
const report = (limit: string) => (ctx: ValidationContext | null, error: GraphQLError) => {
  ctx?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { limit } }));
};

const options = (n: number, limit: string) => ({
  n,
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [report(limit)],
});

/** graphql-armor's shape limits, checked with the other validation rules before anything runs. */
export function limitRules(limits: OperationLimits): ValidationRule[] {
  return [
    maxDepthRule({ ...options(limits.maxDepth, 'DEPTH_LIMIT_EXCEEDED'), ignoreIntrospection: true }),
    maxAliasesRule(options(limits.maxAliases, 'ALIAS_LIMIT_EXCEEDED')),
    maxDirectivesRule(options(limits.maxDirectives, 'DIRECTIVE_LIMIT_EXCEEDED')),
    operationTypeRule,
  ] as unknown as ValidationRule[];
}

/** `mutation`/`subscription` on a schema without them is the client's mistake, not a server fault. */
const operationTypeRule: ValidationRule = (ctx) => ({
  OperationDefinition(node) {
    const schema = ctx.getSchema();
    const root =
      node.operation === 'query'
        ? schema.getQueryType()
        : node.operation === 'mutation'
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    if (!root) {
      ctx.reportError(
        new GraphQLError(`This API does not support ${node.operation} operations`, {
          nodes: [node],
          extensions: { limit: 'OPERATION_NOT_SUPPORTED' },
        }),
      );
    }
  },
});
