import { type FieldNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { childFields, selects } from './selection';

/** The document's operation and its fragments by name. */
function parsed(doc: string) {
  const ast = parse(doc);
  const fragments = Object.fromEntries(
    ast.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const op = ast.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return { op, fragments };
}

/** The resolve info of the first field named `pledges` in the document. */
function infoAt(doc: string) {
  const { op, fragments } = parsed(doc);
  const find = (nodes: readonly FieldNode[]): FieldNode | undefined => {
    for (const n of nodes) {
      if (n.name.value === 'pledges') return n;
      const inner = (n.selectionSet?.selections ?? []).filter((s): s is FieldNode => s.kind === Kind.FIELD);
      const hit = find(inner);
      if (hit) return hit;
    }
    return undefined;
  };
  const field = find((op?.selectionSet.selections ?? []) as FieldNode[]);
  return { fieldNodes: field ? [field] : [], fragments };
}

const PATH = ['edges', 'node', 'alignments'];

describe('selects', () => {
  it('finds a path written out, under an alias', () => {
    expect(selects(infoAt('{ a { pledges { edges { node { links: alignments { basis } } } } } }'), PATH)).toBe(true);
  });

  it('follows named and inline fragments', () => {
    const doc = `{ a { pledges { edges { ...E } } } }
      fragment E on PledgeEdge { node { ... on Pledge { alignments { basis } } } }`;
    expect(selects(infoAt(doc), PATH)).toBe(true);
  });

  it('is false when the path stops short or branches elsewhere', () => {
    expect(selects(infoAt('{ a { pledges { edges { node { id } } } } }'), PATH)).toBe(false);
    expect(selects(infoAt('{ a { pledges { totalCount } alignments { basis } } }'), PATH)).toBe(false);
    expect(selects(infoAt('{ a { pledges { edges { alignments } } } }'), PATH)).toBe(false);
  });
});

describe('childFields', () => {
  /** The resolve info of the root field `a`. */
  const rootInfo = (doc: string) => {
    const { op, fragments } = parsed(doc);
    return { fieldNodes: (op?.selectionSet.selections ?? []) as FieldNode[], fragments };
  };

  it('groups the fields of one name by the key they answer under, through fragments', () => {
    const doc = `{ a { pledges(first: 5) { totalCount } ...F ... on City { other: pledges(first: 1) { totalCount } } } }
      fragment F on City { pledges(first: 5) { edges { cursor } } }`;
    const groups = childFields(rootInfo(doc), 'pledges');
    expect(groups.map((g) => [g[0].alias?.value ?? g[0].name.value, g.length])).toEqual([
      ['pledges', 2],
      ['other', 1],
    ]);
  });

  it('finds nothing when the field is not asked', () => {
    expect(childFields(rootInfo('{ a { id } }'), 'pledges')).toEqual([]);
  });
});
