import { sortKey } from './sort-key';

const sorted = (codes: string[]) => [...codes].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));

describe('sortKey', () => {
  it('orders SDG targets numerically, letters after numbers', () => {
    expect(sorted(['1.a', '10.1', '1.10', '1.2', '2', '1'])).toEqual(['1', '1.2', '1.10', '1.a', '2', '10.1']);
  });
  it('orders GCR sections by Roman part and numbered subsections', () => {
    expect(sorted(['III.B.2.10', 'IV', 'II', 'III.B.2.9', 'I.C.ii', 'I.C.i', 'III'])).toEqual([
      'I.C.i',
      'I.C.ii',
      'II',
      'III',
      'III.B.2.9',
      'III.B.2.10',
      'IV',
    ]);
  });
});
