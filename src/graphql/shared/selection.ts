import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Whether the operation asks for `path` (field names; aliases do not matter) below the field being
 * resolved, through fragments and inline fragments too: a resolver then fetches with its own
 * statement what its children will need, in the same round trip. @skip and @include are not
 * evaluated: a part fetched and not used costs work, never a wrong answer.
 */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: string[]): boolean {
  const walk = (set: SelectionSetNode | undefined, depth: number): boolean => {
    if (!set) return false;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value === path[depth] && (depth === path.length - 1 || walk(s.selectionSet, depth + 1))) return true;
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (walk(s.selectionSet, depth)) return true;
      } else if (walk(info.fragments[s.name.value]?.selectionSet, depth)) return true;
    }
    return false;
  };
  return info.fieldNodes.some((n) => walk(n.selectionSet, 0));
}
