import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, toPage } from './page';

describe('cursor pages', () => {
  it('round-trips a cursor and keeps it opaque', () => {
    const c = encodeCursor('0017.~a');
    expect(c).not.toContain('0017');
    expect(decodeCursor(c)).toBe('0017.~a');
  });

  it('rejects a cursor it did not issue as bad user input', () => {
    expect(() => decodeCursor('bm9wZQ')).toThrow(GraphQLError);
    try {
      decodeCursor('bm9wZQ');
    } catch (e) {
      expect((e as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('uses the extra row to say a next page exists', () => {
    const p = toPage(['a', 'b', 'c'], 2, 9, (x) => x);
    expect(p.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(p.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(p.pageInfo.endCursor)).toBe('b');
    expect(toPage(['a'], 2, 1, (x) => x).pageInfo.hasNextPage).toBe(false);
  });
});
