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
});
