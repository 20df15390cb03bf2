import { cityTotals, type PledgeState, pledgeDeltas } from './delta';

const areas = new Map([
  ['AA-1', ['GCM-1', 'SDG-10.7']],
  ['AA-2', ['GCM-1', 'NUA-28']],
]);
const state = (over: Partial<PledgeState>): PledgeState => ({
  id: 'p1',
  draft: false,
  oldAreas: [],
  oldDeclared: [],
  oldCities: [],
  areas: [],
  declared: [],
  cities: ['c1'],
  ...over,
});

describe('derived reach deltas', () => {
  it('a new pledge adds one to each item it reaches, once, and to its city', () => {
    const d = pledgeDeltas([state({ areas: ['AA-1', 'AA-2'], declared: ['GCM-1'] })], areas);
    const { cities, items } = cityTotals([{ id: 'c1', items: [], counts: [] }], d);
    expect(items).toEqual([
      { id: 'GCM-1', pledges: 1, declared: 1, cities: 1 },
      { id: 'NUA-28', pledges: 1, declared: 0, cities: 1 },
      { id: 'SDG-10.7', pledges: 1, declared: 0, cities: 1 },
    ]);
    expect(cities).toEqual([{ id: 'c1', items: ['GCM-1', 'NUA-28', 'SDG-10.7'], counts: [1, 1, 1] }]);
  });

  it('an edit moves counts; a city keeps an item while another of its pledges reaches it', () => {
    const d = pledgeDeltas([state({ oldAreas: ['AA-1'], oldCities: ['c1'], areas: ['AA-2'] })], areas);
    const { cities, items } = cityTotals([{ id: 'c1', items: ['GCM-1', 'SDG-10.7'], counts: [2, 1] }], d);
    expect(items).toEqual([
      { id: 'NUA-28', pledges: 1, declared: 0, cities: 1 },
      { id: 'SDG-10.7', pledges: -1, declared: 0, cities: -1 },
    ]);
    expect(cities).toEqual([{ id: 'c1', items: ['GCM-1', 'NUA-28'], counts: [2, 1] }]);
  });

  it('a pledge turned DRAFT, or without a city, counts for nothing', () => {
    const d = pledgeDeltas(
      [
        state({ id: 'p1', draft: true, oldDeclared: ['GCM-1'], oldCities: ['c1'], declared: ['GCM-1'] }),
        state({ id: 'p2', declared: ['NUA-28'], cities: [] }),
      ],
      areas,
    );
    expect(d.pledges).toEqual([
      { id: 'p1', areas: [], declared: [], cities: [] },
      { id: 'p2', areas: [], declared: ['NUA-28'], cities: [] },
    ]);
    const { items } = cityTotals([{ id: 'c1', items: ['GCM-1'], counts: [1] }], d);
    expect(items).toEqual([{ id: 'GCM-1', pledges: -1, declared: -1, cities: -1 }]);
  });

  it('ignoreOld rebuilds from nothing, whatever the pledge recorded before', () => {
    const d = pledgeDeltas([state({ oldAreas: ['AA-1'], oldCities: ['c1'], declared: ['NUA-28'] })], areas, true);
    expect([...d.perItem.values()]).toEqual([{ id: 'NUA-28', pledges: 1, declared: 1, cities: 0 }]);
  });

  it('refuses counts that would go negative (derived data out of step with the graph)', () => {
    const d = pledgeDeltas([state({ oldDeclared: ['GCM-1'], oldCities: ['c1'], cities: [] })], areas);
    expect(() => cityTotals([{ id: 'c1', items: [], counts: [] }], d)).toThrow(/would count -1/);
  });
});
