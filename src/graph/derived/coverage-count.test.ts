import { countCoverage } from './coverage-count';
import { CoverageIndex } from './coverage-index';

/**
 * Two areas (A reaches X and Y, B reaches Y), three cities in two regions, and a joint pledge:
 * the counts a graph walk would give, worked out by hand in each expectation.
 */
function index() {
  const i = new CoverageIndex(
    1,
    0,
    new Map([
      ['A', ['X', 'Y']],
      ['B', ['Y']],
    ]),
  );
  i.putCities([
    { id: 'c1', countryCode: 'CAN', regionId: 'R1', regionName: 'One' },
    { id: 'c2', countryCode: 'CAN', regionId: 'R1', regionName: 'One' },
    { id: 'c3', countryCode: 'KEN', regionId: 'R2', regionName: 'Two' },
  ]);
  i.putPledges([
    { id: 'p1', status: 'PLEDGED', illustrative: true, areas: ['A'], declared: ['Z'], cities: ['c1'] },
    { id: 'p2', status: 'COMPLETED', illustrative: false, areas: ['B'], declared: ['Y'], cities: ['c1'] },
    // Joint: two cities of region One and one of Two.
    { id: 'p3', status: 'PLEDGED', illustrative: true, areas: ['A', 'B'], declared: [], cities: ['c1', 'c2', 'c3'] },
    { id: 'draft', status: 'DRAFT', illustrative: true, areas: ['A'], declared: [], cities: [] },
  ]);
  return i;
}
const ROWS = ['X', 'Y', 'Z', 'W'];

describe('countCoverage', () => {
  it('counts each pledge once and distinct cities per item, declared ones apart', () => {
    const n = countCoverage(index(), ROWS, {});
    expect(Array.from(n.pledges)).toEqual([2, 3, 1, 0]); // X: p1,p3  Y: p1,p2,p3  Z: p1
    expect(Array.from(n.cities)).toEqual([3, 3, 1, 0]); // X: c1,c2,c3  Y: c1,c2,c3  Z: c1
    expect(Array.from(n.declared)).toEqual([0, 1, 1, 0]); // p2 names Y, p1 names Z
  });

  it('applies city and pledge filters together', () => {
    const n = countCoverage(index(), ROWS, { region: 'Two' });
    expect(Array.from(n.pledges)).toEqual([1, 1, 0, 0]); // only p3, through c3
    expect(Array.from(n.cities)).toEqual([1, 1, 0, 0]);
    const m = countCoverage(index(), ROWS, { country: 'CAN', actionArea: 'B', illustrative: true });
    expect(Array.from(m.pledges)).toEqual([1, 1, 0, 0]); // p3 (p2 is not illustrative)
    expect(Array.from(m.cities)).toEqual([2, 2, 0, 0]); // c1, c2
  });

  it('puts a joint pledge once in each column its cities fall in', () => {
    const n = countCoverage(index(), ROWS, {}, { by: 'REGION', columns: ['R1', 'R2'] });
    // rows × columns: X [R1: p1,p3 | R2: p3], Y [R1: p1,p2,p3 | R2: p3], Z [R1: p1 | R2: -]
    expect(Array.from(n.pledges)).toEqual([2, 1, 3, 1, 1, 0, 0, 0]);
    expect(Array.from(n.cities)).toEqual([2, 1, 2, 1, 1, 0, 0, 0]);
  });

  it('spreads a pledge over each of its action areas and its status', () => {
    const byArea = countCoverage(index(), ROWS, {}, { by: 'ACTION_AREA', columns: ['A', 'B'] });
    expect(Array.from(byArea.pledges)).toEqual([2, 1, 2, 2, 1, 0, 0, 0]); // Y: A p1,p3 | B p2,p3
    const byStatus = countCoverage(index(), ROWS, {}, { by: 'STATUS', columns: ['PLEDGED', 'COMPLETED'] });
    expect(Array.from(byStatus.pledges)).toEqual([2, 0, 2, 1, 1, 0, 0, 0]);
  });

  it('follows a changed pledge and forgets one that lost its cities', () => {
    const i = index();
    i.putPledges([{ id: 'p3', status: 'PLEDGED', illustrative: true, areas: [], declared: [], cities: [] }]);
    expect(Array.from(countCoverage(i, ROWS, {}).pledges)).toEqual([1, 2, 1, 0]);
    expect(i.cities.get('c3')?.pledges.size).toBe(0);
  });

  it('keeps each city totals as pledges change, so unfiltered counts match a pledge-by-pledge count', () => {
    const i = index();
    // p2 moves to c3 and names X instead of Y; p1 becomes a joint pledge of c1 and c3.
    i.putPledges([
      { id: 'p2', status: 'COMPLETED', illustrative: false, areas: ['B'], declared: ['X'], cities: ['c3'] },
      { id: 'p1', status: 'PLEDGED', illustrative: true, areas: ['A'], declared: ['Z'], cities: ['c1', 'c3'] },
    ]);
    // Kept totals (no pledge-level filter) and a visit of every pledge (status filters that pass all).
    const kept = countCoverage(i, ROWS, {}, { by: 'REGION', columns: ['R1', 'R2'] });
    const visited = ['PLEDGED', 'COMPLETED'].map((status) =>
      countCoverage(i, ROWS, { status }, { by: 'REGION', columns: ['R1', 'R2'] }),
    );
    // X [R1: p1,p3 | R2: p1,p2,p3], Y [R1: p1,p3 | R2: p1,p2,p3], Z [R1: p1 | R2: p1]
    expect(Array.from(kept.pledges)).toEqual([2, 3, 2, 3, 1, 1, 0, 0]);
    expect(Array.from(kept.pledges)).toEqual(Array.from(visited[0].pledges).map((n, k) => n + visited[1].pledges[k]));
    expect(Array.from(kept.cities)).toEqual([2, 1, 2, 1, 1, 1, 0, 0]);
    expect(i.cities.get('c1')?.reached.size).toBe(0); // c1 has no single-city pledge left
    expect(Array.from(countCoverage(i, ROWS, {}).declared)).toEqual([1, 0, 1, 0]);
  });
  it('counts one action area from kept per-area totals, and follows a pledge that changes area', () => {
    const i = index();
    const inA = countCoverage(i, ROWS, { actionArea: 'A' });
    expect(Array.from(inA.pledges)).toEqual([2, 2, 1, 0]); // X, Y: p1,p3  Z: p1
    expect(Array.from(inA.cities)).toEqual([3, 3, 1, 0]); // X, Y: c1,c2,c3  Z: c1
    expect(Array.from(inA.declared)).toEqual([0, 0, 1, 0]); // p1 names Z; p2 (naming Y) is in B
    const oneInB = countCoverage(i, ROWS, { region: 'One', actionArea: 'B' });
    expect(Array.from(oneInB.pledges)).toEqual([1, 2, 0, 0]); // X: p3  Y: p2,p3
    expect(Array.from(oneInB.cities)).toEqual([2, 2, 0, 0]); // c1, c2
    // p2 moves to area A: A's totals for c1 are made again.
    i.putPledges([
      { id: 'p2', status: 'COMPLETED', illustrative: false, areas: ['A'], declared: ['Y'], cities: ['c1'] },
    ]);
    const after = countCoverage(i, ROWS, { actionArea: 'A' });
    expect(Array.from(after.pledges)).toEqual([3, 3, 1, 0]);
    expect(Array.from(after.cities)).toEqual([3, 3, 1, 0]);
    expect(Array.from(after.declared)).toEqual([0, 1, 1, 0]);
    expect(Array.from(countCoverage(i, ROWS, { actionArea: 'B' }).pledges)).toEqual([1, 1, 0, 0]); // p3 only
  });
});
