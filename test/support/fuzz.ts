import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** mulberry32: a tiny seeded generator, so a failing fuzz run can be replayed exactly. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const IDS = [
  'montreal-ca',
  'AA-4',
  'GCM-15',
  'SDG-10.7',
  'NUA-28',
  'bristol-gb-2023-1',
  'nowhere-xx',
  '',
  '\u0000',
  'x'.repeat(300),
];
const STRINGS = ['', ' ', '   ', 'migrants', 'é', '"', '\\', '*', 'AND', '(', '%', '\u202e', 'a'.repeat(500)];
const INTS = [0, 1, 5, 20, 100, 101, -1, 2147483647];

export class OperationFuzzer {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: () => number,
  ) {}

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.random() * xs.length)];
  }

  private literal(type: GraphQLInputType, depth = 0): string {
    const named = getNamedType(type);
    if (!isNonNullType(type) && this.random() < 0.15) return 'null';
    if (isListType(isNonNullType(type) ? type.ofType : type))
      return `[${this.literal(named as GraphQLInputType, depth)}]`;
    if (isEnumType(named)) return this.random() < 0.9 ? this.pick(named.getValues()).name : 'XYZ';
    if (isInputObjectType(named)) {
      if (depth > 1) return '{}';
      const fields = Object.values(named.getFields()).filter(() => this.random() < 0.5);
      return `{ ${fields.map((f) => `${f.name}: ${this.literal(f.type, depth + 1)}`).join(', ')} }`;
    }
    switch (named.name) {
      case 'Int':
        return String(this.pick(INTS));
      case 'Boolean':
        return this.random() < 0.5 ? 'true' : 'false';
      case 'ID':
        return JSON.stringify(this.pick(IDS));
      default:
        return JSON.stringify(this.pick(STRINGS));
    }
  }

  private field(f: GraphQLField<unknown, unknown>, depth: number): string {
    const args = f.args.filter((a) => isNonNullType(a.type) || this.random() < 0.4);
    const argText = args.length > 0 ? `(${args.map((a) => `${a.name}: ${this.literal(a.type)}`).join(', ')})` : '';
    const alias = this.random() < 0.1 ? `a${Math.floor(this.random() * 1000)}: ` : '';
    const inner = this.selection(getNamedType(f.type), depth + 1);
    return `${alias}${f.name}${argText}${inner}`;
  }

  private selection(type: GraphQLNamedType, depth: number): string {
    if (isLeafType(type)) return '';
    if (isUnionType(type)) return ' { __typename }';
    if (!isObjectType(type) && !isInterfaceType(type)) return '';
    const fields = Object.values(type.getFields());
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
    const chosen = new Set([this.pick(leaves.length > 0 ? leaves : fields)]);
    const extra = depth > 4 ? 0 : Math.floor(this.random() * 3);
    for (let i = 0; i < extra; i++) chosen.add(this.pick(fields));
    const parts = [...chosen]
      .filter((f) => depth <= 4 || isLeafType(getNamedType(f.type)))
      .map((f) => this.field(f, depth));
    if (isInterfaceType(type) && this.random() < 0.3) parts.push('__typename');
    return ` { ${parts.length > 0 ? parts.join(' ') : '__typename'} }`;
  }

  /** A valid-looking operation over the live schema (arguments may be out of range). */
  valid(): string {
    const query = this.schema.getQueryType();
    if (!query) return '{ __typename }';
    return `query Fuzz${this.selection(query, 0)}`;
  }

  /** The same, damaged: characters dropped, doubled or swapped, or a wrong operation type. */
  malformed(): string {
    const text = this.valid();
    const i = Math.floor(this.random() * text.length);
    switch (Math.floor(this.random() * 6)) {
      case 0:
        return text.slice(0, i);
      case 1:
        return text.slice(0, i) + text.slice(i + 1);
      case 2:
        return text.slice(0, i) + this.pick(['{', '}', '(', ')', '$', '@', '...', '"', '#', '\u0000']) + text.slice(i);
      case 3:
        return text.replace('query', this.pick(['mutation', 'subscription', 'fragment', 'schema']));
      case 4:
        return `${text} ${text}`;
      default:
        return text.replace(/\{ (\w+)/, '{ $1 @skip(if: $nope)');
    }
  }
}
