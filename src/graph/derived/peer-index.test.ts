import { PeerIndex } from './peer-index';

describe('peer index', () => {
  const items = Array.from({ length: 70 }, (_, i) => `I-${i}`);
  const index = new PeerIndex(3, [
    ['a', items.slice(0, 40)],
    ['b', items.slice(30, 70)],
    ['c', items.slice(0, 40)],
    ['d', []],
    ['e', ['I-0', 'I-65']],
    ['f', ['I-0', 'I-65']],
  ]);

  it('ranks by Jaccard overlap, ties by id, with the shared items across words of the bitset', () => {
    expect(index.rank('b', 10)).toEqual(
      [
        { id: 'e', score: 1 / 41, shared: ['I-65'] },
        { id: 'f', score: 1 / 41, shared: ['I-65'] },
        { id: 'a', score: 10 / 70, shared: items.slice(30, 40) },
        { id: 'c', score: 10 / 70, shared: items.slice(30, 40) },
      ].sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1)),
    );
    expect(index.rank('a', 1)).toEqual([{ id: 'c', score: 1, shared: items.slice(0, 40) }]);
  });

  it('knows every city, even one with no commitments, and ranks none for it', () => {
    expect(index.has('d')).toBe(true);
    expect(index.has('zz')).toBe(false);
    expect(index.rank('d', 5)).toEqual([]);
    expect(index.version).toBe(3);
  });

  it('keeps the best `first` exactly as sorting every scored city would, ties included', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pool = Array.from({ length: 90 }, (_, i) => `I-${i}`);
    // Few items per city out of a small pool: many equal scores, so the id order is exercised.
    const sets: Array<[string, string[]]> = Array.from({ length: 400 }, (_, c) => [
      `city-${Math.floor(random() * 1e6)}-${c}`,
      pool.filter(() => random() < 0.04),
    ]);
    const big = new PeerIndex(1, sets);
    const jaccard = (a: string[], b: string[]) => {
      const shared = a.filter((i) => b.includes(i));
      return { shared, score: shared.length / new Set([...a, ...b]).size };
    };
    for (const [id, set] of sets.slice(0, 25)) {
      const all = sets
        .filter(([other]) => other !== id)
        .map(([other, s]) => ({ id: other, ...jaccard(set, s) }))
        .filter((r) => r.shared.length > 0)
        .sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));
      for (const first of [1, 5, 20, 1000]) {
        const got = big.rank(id, first);
        expect(got.map((r) => [r.id, r.score])).toEqual(all.slice(0, first).map((r) => [r.id, r.score]));
        expect(got.map((r) => [...r.shared].sort())).toEqual(all.slice(0, first).map((r) => [...r.shared].sort()));
      }
    }
  });
});
