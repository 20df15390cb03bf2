import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { BadInputError } from '../errors';

export const MAX_PAGE = 100;

@ObjectType({ simpleResolvers: true, description: 'Where a page ends and whether another follows.' })
export class PageInfo {
  @Field((_type) => Boolean)
  hasNextPage!: boolean;

  @Field((_type) => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

/** `first` and `after`, validated: pages hold 0..100 rows; `first` defaults per field. */
export function pageArgs(defaultFirst: number) {
  @ArgsType()
  class Args {
    @Field((_type) => Int, { nullable: true, defaultValue: defaultFirst, description: `Page size, 0..${MAX_PAGE}.` })
    @IsOptional()
    @Min(0, { message: 'first must not be negative' })
    @Max(MAX_PAGE, { message: `first must be at most ${MAX_PAGE}` })
    first!: number;

    @Field((_type) => String, { nullable: true, description: 'An endCursor from a previous page.' })
    after?: string | null;
  }
  return Args;
}

export const PageArgs = pageArgs(20);
export type PageArgs = InstanceType<typeof PageArgs>;

/** Cursors are opaque to clients; inside they hold the sort key of the last row seen. */
export function encodeCursor(key: string): string {
  return Buffer.from(`c1:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!raw.startsWith('c1:')) throw new BadInputError('after is not a cursor this API issued', 'after');
  return raw.slice(3);
}

export interface Page<T> {
  edges: Array<{ node: T; cursor: string }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Rows come one past the page size, so hasNextPage needs no second query; or the page alone, with
 * `more` saying whether rows follow it.
 */
export function toPage<T>(
  rows: T[],
  first: number,
  totalCount: number,
  keyOf: (row: T) => string,
  more = rows.length > first,
): Page<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    pageInfo: { hasNextPage: more, endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null },
    totalCount,
  };
}
