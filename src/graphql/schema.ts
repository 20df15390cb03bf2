import 'reflect-metadata';
import { type GraphQLSchema, isInterfaceType, isObjectType, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AnalysisResolver } from './analysis/analysis.resolver';
import { CoverageMatrixResolver } from './analysis/coverage-matrix.resolver';
import { ActionAreaResolver } from './areas/action-area.resolver';
import { CityResolver } from './cities/city.resolver';
import { FrameworkResolver } from './framework/framework.resolver';
import { ITEM_TYPES } from './items/framework-item.type';
import { FrameworkItemResolver, filterByFramework } from './items/item.resolver';
import { ItemsQueryResolver } from './items/items.query';
import { NodeResolver } from './node.resolver';
import { PledgeResolver } from './pledges/pledge.resolver';
import { ViewerResolver } from './auth/viewer.resolver';
import { PledgeRegistryResolver } from './registry/pledge-registry.resolver';
import { RegistryResolver } from './registry/registry.resolver';
import { SuggestResolver } from './registry/suggest.resolver';
import type { AlignmentRecord } from '../graph/records';
import { Lang } from './shared/enums';
import { titleIn } from './shared/lang';
import { typenameOf } from './shared/node';

let built: Promise<GraphQLSchema> | undefined;

/**
 * type-graphql builds the schema from decorators once per process; validation is on for inputs.
 * Every object type declares `simpleResolvers: true`: a field without a @FieldResolver is then read
 * by graphql-js's default resolver instead of type-graphql's middleware wrapper (we use no
 * middlewares), which cost an object and two calls per field (~10,000 fields on a 100-pledge page).
 */
export function schema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      FrameworkResolver,
      FrameworkItemResolver,
      ItemsQueryResolver,
      ActionAreaResolver,
      PledgeResolver,
      CityResolver,
      AnalysisResolver,
      CoverageMatrixResolver,
      NodeResolver,
      ViewerResolver,
      RegistryResolver,
      PledgeRegistryResolver,
      SuggestResolver,
    ],
    orphanedTypes: [...ITEM_TYPES],
    validate: { forbidUnknownValues: false },
  })
    .then(synchronousTypes)
    .then(synchronousLangFields)
    .then(synchronousPagedAlignments);
  return built;
}

/**
 * type-graphql wraps each interface's resolveType in an async function, so every framework item in
 * an answer (a 100-pledge page links ~2,500) was resolved through a promise of its own. The
 * decorators' resolver is synchronous: it is put back as it is.
 */
function synchronousTypes(built: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(built.getTypeMap())) if (isInterfaceType(type)) type.resolveType = typenameOf;
  return built;
}

/** The fields whose only argument is `lang`: each picks its text in that language (shared/lang.ts). */
const LANG_FIELDS = ['title', 'priority'];

/**
 * type-graphql runs every field resolver that takes arguments through a promise (its argument
 * validation is async even when there is nothing to validate), and graphql-js then waits on each
 * object holding one: an item list's `title(lang)` made every row a promise (the SDG heat map: 186
 * rows, ~30 % of its CPU per request). These fields compute from their parent and `lang` alone,
 * exactly as their decorated methods do (which still declare and document them); they run directly.
 */
function synchronousLangFields(built: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(built.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const name of LANG_FIELDS) {
      const field = type.getFields()[name];
      if (field?.args.length !== 1 || field.args[0].name !== 'lang') continue;
      field.resolve = (root: Record<string, unknown>, args: { lang?: Lang | null }) =>
        titleIn(root, args.lang ?? Lang.EN, name);
    }
  }
  return built;
}

/**
 * A pledge page that brought its pledges' alignments (pledges/owner-page.ts) puts each list on its
 * pledge. Those are answered at once; through the decorated resolver each pledge of a 100-pledge
 * page waited on a promise of type-graphql's and one of the loader's, and graphql-js on each pledge
 * object. Any other pledge (read by id, a draft) goes through the decorated resolver and its loader.
 */
function synchronousPagedAlignments(built: GraphQLSchema): GraphQLSchema {
  const pledge = built.getType('Pledge');
  if (!isObjectType(pledge)) throw new Error('the schema has no Pledge type');
  const field = pledge.getFields().alignments;
  const viaLoader = field.resolve;
  if (!viaLoader) throw new Error('Pledge.alignments has no resolver');
  field.resolve = (root: { alignmentRecords?: unknown }, args: { framework?: string | null }, ctx, info) =>
    Array.isArray(root.alignmentRecords)
      ? filterByFramework(root.alignmentRecords as AlignmentRecord[], args.framework)
      : viaLoader(root, args, ctx, info);
  return built;
}

export async function schemaSdl(): Promise<string> {
  return `${printSchema(await schema())}\n`;
}
