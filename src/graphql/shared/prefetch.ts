import { type FieldNode, getArgumentValues, type GraphQLResolveInfo, isInterfaceType, isObjectType } from 'graphql';
import { childFields } from './selection';

/**
 * For each `name` field of `typeName` asked directly below the field being resolved (one call per
 * response key, as graphql-js merges them), calls `start` with that field's arguments. A resolver
 * that reads an object by id uses it to start its children's loaders beside its own read instead of
 * after it: same round trips, one wait fewer. Arguments the field would refuse start nothing (the
 * field itself reports them); a failed start is left to the field, which loads the same key again.
 */
export function startChildren(
  info: GraphQLResolveInfo,
  typeName: string,
  name: string,
  start: (args: Record<string, unknown>, nodes: readonly FieldNode[]) => Promise<unknown> | undefined,
): void {
  const owner = info.schema.getType(typeName);
  const field = isObjectType(owner) || isInterfaceType(owner) ? owner.getFields()[name] : undefined;
  if (!field) return;
  for (const nodes of childFields(info, name)) {
    try {
      // Merged fields under one key have the same arguments (graphql-js validates that).
      start(getArgumentValues(field, nodes[0], info.variableValues), nodes)?.catch(() => undefined);
    } catch {
      // A bad argument or cursor: the field reports it when it runs.
    }
  }
}
