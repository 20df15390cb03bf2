import { nextBit } from './slot-columns';

/** nextBit against the bits read one by one: random sets, sparse and dense, and every start. */
describe('nextBit', () => {
  const bitsOf = (set: Uint32Array) =>
    Array.from({ length: set.length * 32 }, (_, k) => k).filter((k) => ((set[k >>> 5] >>> (k & 31)) & 1) === 1);

  let seed = 11;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };

  it.each([0.002, 0.05, 0.5, 0.97])('finds each set bit in order at density %p', (density) => {
    for (let round = 0; round < 20; round++) {
      const set = new Uint32Array(1 + Math.floor(random() * 6));
      for (let k = 0; k < set.length * 32; k++) if (random() < density) set[k >>> 5] |= 1 << (k & 31);
      // The top bit of a word is the sign bit of the typed value: it must be found like any other.
      if (round % 3 === 0) set[set.length - 1] |= 1 << 31;
      const expected = bitsOf(set);
      for (let from = 0; from <= set.length * 32 + 1; from++)
        expect([from, nextBit(set, from)]).toEqual([from, expected.find((k) => k >= from) ?? -1]);
    }
  });

  it('answers -1 on an empty set', () => {
    expect(nextBit(new Uint32Array(0), 0)).toBe(-1);
    expect(nextBit(new Uint32Array(3), 0)).toBe(-1);
  });
});
