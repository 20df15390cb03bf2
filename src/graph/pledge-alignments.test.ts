import { assembleAlignments } from './pledge-alignments';
import { asItem } from './records';

const item = (id: string, framework: string, sortKey: string) => ({ id, framework, sortKey, code: id, kind: 'target' });

describe('assembleAlignments', () => {
  const items = new Map(
    [item('SDG-10.7', 'SDG', '0010.0007'), item('GCM-15', 'GCM', '0015'), item('GCM-2', 'GCM', '0002')].map((i) => [
      i.id,
      asItem(i),
    ]),
  );
  const links: Array<[string, string, string | null]> = [
    ['AA-4', 'GCM-15', 'services'],
    ['AA-1', 'GCM-15', 'policy'],
    ['AA-4', 'SDG-10.7', null],
    ['AA-1', 'SDG-10.7', 'mobility'],
  ];

  test('DECLARED wins over a link; the first rationale in string order wins; nulls rank last', () => {
    const out = assembleAlignments(
      [{ id: 'p1', declared: ['GCM-2', 'GCM-15'], areas: ['AA-4', 'AA-1'] }],
      links,
      items,
    );
    expect(out.get('p1')?.map((a) => [a.item.id, a.basis, a.rationale])).toEqual([
      ['GCM-2', 'DECLARED', 'Named by the city in this pledge.'],
      ['GCM-15', 'DECLARED', 'Named by the city in this pledge.'],
      ['SDG-10.7', 'INFERRED', 'Through AA-1: mobility'],
    ]);
  });

  test('items in framework then document order, only through the pledge own areas', () => {
    const out = assembleAlignments([{ id: 'p2', declared: [], areas: ['AA-4'] }], links, items);
    expect(out.get('p2')?.map((a) => [a.item.id, a.rationale])).toEqual([
      ['GCM-15', 'Through AA-4: services'],
      ['SDG-10.7', null],
    ]);
  });

  test('a pledge without links has an empty list', () => {
    expect(assembleAlignments([{ id: 'p3', declared: [], areas: [] }], links, items).get('p3')).toEqual([]);
  });
});
