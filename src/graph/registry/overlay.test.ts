import type { CoverageRecord } from '../analysis.repo';
import { asItem, asPledge } from '../records';
import { type DraftOverlay, draftSets, mergeCoverage, mergeOwnerPage } from './overlay';

const pledge = (id: string) => asPledge({ id, title: id, status: 'PLEDGED', illustrative: true, cityId: 'c' });
const overlay: DraftOverlay = {
  drafts: [
    { record: pledge('b-draft'), cities: ['c1', 'c2'], areas: ['AA-1'], declared: ['I-1'], reached: ['I-1', 'I-2'] },
    { record: pledge('d-draft'), cities: ['c1'], areas: ['AA-1'], declared: [], reached: ['I-2'] },
  ],
  ids: ['b-draft', 'd-draft'],
  // c1 reaches I-2 publicly already; c2 reaches nothing.
  citySets: new Map([
    ['c1', new Set(['I-2', 'I-9'])],
    ['c2', new Set<string>()],
  ]),
};

describe('mergeOwnerPage', () => {
  const ids = (p: { pledges: Array<{ id: string }> }) => p.pledges.map((x) => x.id);
  it("merges the owner's drafts by id into the public page and its total, cursor respected", () => {
    const pub = { total: 3, pledges: [pledge('a'), pledge('c'), pledge('e')] };
    const first = mergeOwnerPage(overlay, 'city', 'c1', pub, null, 3);
    expect(first.total).toBe(5);
    expect(ids(first)).toEqual(['a', 'b-draft', 'c']);
    const next = mergeOwnerPage(overlay, 'city', 'c1', { total: 3, pledges: [pledge('e')] }, 'c', 3);
    expect(ids(next)).toEqual(['d-draft', 'e']);
  });

  it('chooses drafts by city, area or reached item, and leaves other owners untouched', () => {
    const pub = { total: 0, pledges: [] };
    expect(ids(mergeOwnerPage(overlay, 'city', 'c2', pub, null, 10))).toEqual(['b-draft']);
    expect(ids(mergeOwnerPage(overlay, 'area', 'AA-1', pub, null, 10))).toEqual(['b-draft', 'd-draft']);
    expect(ids(mergeOwnerPage(overlay, 'item', 'I-1', pub, null, 10))).toEqual(['b-draft']);
    expect(mergeOwnerPage(overlay, 'item', 'I-7', pub, null, 10)).toBe(pub);
  });
});

describe('mergeCoverage', () => {
  const row = (id: string, pledgeCount: number, cityCount: number): CoverageRecord => ({
    item: asItem({ id, framework: 'GCM', kind: 'objective' }),
    pledgeCount,
    cityCount,
    declaredPledgeCount: 0,
  });
  it('adds each draft once per item, and a city only where nothing of it counted yet', () => {
    const out = mergeCoverage(overlay, [row('I-1', 0, 0), row('I-2', 4, 3), row('I-3', 1, 1)]);
    expect(out.map((r) => [r.item.id, r.pledgeCount, r.cityCount, r.declaredPledgeCount])).toEqual([
      ['I-1', 1, 2, 1],
      // Two drafts; c1 counted already (public), c2 is new.
      ['I-2', 6, 4, 0],
      ['I-3', 1, 1, 0],
    ]);
  });
});

describe('draftSets', () => {
  it("is each draft city's public set plus what its visible drafts reach", () => {
    expect(draftSets(overlay)).toEqual(
      new Map([
        ['c1', ['I-1', 'I-2', 'I-9']],
        ['c2', ['I-1', 'I-2']],
      ]),
    );
  });
});
