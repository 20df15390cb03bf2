import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  Kind,
  type SelectionSetNode,
} from 'graphql';

type Fragments = Record<string, FragmentDefinitionNode>;

/** `path` (field names; aliases do not matter) below `set`, through fragments and inline fragments. */
function asks(set: SelectionSetNode | undefined, fragments: Fragments, path: string[], depth = 0): boolean {
  if (!set) return false;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      if (
        s.name.value === path[depth] &&
        (depth === path.length - 1 || asks(s.selectionSet, fragments, path, depth + 1))
      )
        return true;
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      if (asks(s.selectionSet, fragments, path, depth)) return true;
    } else if (asks(fragments[s.name.value]?.selectionSet, fragments, path, depth)) return true;
  }
  return false;
}

/**
 * Whether the operation asks for `path` below the field being resolved (or below `node`, one of its
 * children): a resolver then fetches with its own statement what its children will need, in the
 * same round trip. @skip and @include are not evaluated: a part fetched and not used costs work,
 * never a wrong answer.
 */
export function selects(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  path: string[],
  nodes: readonly FieldNode[] = info.fieldNodes,
) {
  return nodes.some((n) => asks(n.selectionSet, info.fragments, path));
}

/**
 * The fields named `name` directly below the field being resolved, grouped by the key they answer
 * under (alias or name), as graphql-js merges them: one group is one call of that field's resolver.
 */
export function childFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, name: string) {
  const groups = new Map<string, FieldNode[]>();
  const collect = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        if (s.name.value === name) groups.set(key, [...(groups.get(key) ?? []), s]);
      } else if (s.kind === Kind.INLINE_FRAGMENT) collect(s.selectionSet);
      else collect(info.fragments[s.name.value]?.selectionSet);
    }
  };
  for (const n of info.fieldNodes) collect(n.selectionSet);
  return [...groups.values()];
}
