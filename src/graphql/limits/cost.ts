import { getNamedType, isLeafType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * What one field costs, in rows the database reads or the server builds. List fields cost their
 * page size (`first`) times what each element contains; fields without `first` cost the most rows
 * they can return in this graph (e.g. 186 SDG goals and targets). Analysis fields scan every pledge,
 * so they carry a fixed price that keeps several of them out of one request.
 */
export const FRAMEWORK_ROWS: Record<string, number> = { GCM: 23, GCR: 47, NUA: 175, SDG: 186 };
const ALL_ITEMS = 431;

/** Fixed price of fields whose Cypher reads every pledge or walks the crosswalk. */
export const ANALYSIS_COST: Record<string, number> = {
  'Query.coverage': 2500,
  'Query.coverageMatrix': 5000,
  'Query.peers': 2500,
  'Query.crosswalk': 100,
  'Query.path': 100,
  'City.commitments': 50,
};

/** Elements a list field without `first` can hold at most (or typically, for per-pledge lists). */
const LIST_ROWS: Record<string, number | ((args: Record<string, unknown>) => number)> = {
  alignments: 20,
  children: 20,
  actionAreas: 6,
  frameworks: 4,
  reports: 5,
  partners: 5,
  shared: 30,
  // Pledges of one city that reach one item through the strongest path.
  pledges: 10,
  commitments: (args) => FRAMEWORK_ROWS[String(args.framework)] ?? 186,
  coverage: (args) => FRAMEWORK_ROWS[String(args.framework)] ?? 186,
  coverageMatrix: () => ALL_ITEMS,
  crosswalk: (args) => FRAMEWORK_ROWS[String(args.to)] ?? 186,
};

const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const name = field.name;
  const fixed = ANALYSIS_COST[`${type.name}.${name}`] ?? 0;
  if (name.startsWith('__')) return 0;
  // A scalar or enum is read with its row: it costs nothing of its own.
  if (isLeafType(getNamedType(field.type))) return fixed;
  let rows = 1;
  if ('first' in args) {
    // Defaults are filled in, so every paged field has its page size here.
    rows = Math.max(typeof args.first === 'number' ? args.first : 1, 1);
  } else if (name in LIST_ROWS) {
    const r = LIST_ROWS[name];
    rows = typeof r === 'function' ? r(args) : r;
  }
  // Every row built costs at least one, even when only scalars or __typename are asked of it.
  return fixed + rows * Math.max(childComplexity, 1);
};

/** The operation's cost, computed before anything runs; variables fill in `first` and enum arguments. */
export function operationCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  return getComplexity({ schema, query, operationName, variables, estimators: [estimator] });
}
