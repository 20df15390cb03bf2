import { parseCsv } from './records';
import { syntheticCsv, type SyntheticOptions } from './synthetic';
import { validateRecords, type Catalogue } from './validate';

const base: SyntheticOptions = {
  cities: 5,
  pledges: 40,
  seed: 7,
  countries: [
    { code: 'CAN', alpha2: 'CA' },
    { code: 'KEN', alpha2: 'KE' },
  ],
  itemIds: ['GCM-15', 'SDG-10.7', 'NUA-28'],
  actionAreaIds: ['AA-1', 'AA-2', 'AA-3', 'AA-4', 'AA-5', 'AA-6'],
};
const text = (o: SyntheticOptions) => [...syntheticCsv(o)].join('\n');
const catalogue: Catalogue = {
  itemIds: new Set(base.itemIds),
  actionAreaIds: new Set(base.actionAreaIds),
  countries: new Map([
    ['CAN', 'CA'],
    ['KEN', 'KE'],
  ]),
  organisations: new Map(),
};

describe('synthetic pledges', () => {
  it('is reproducible for a seed and differs for another', () => {
    expect(text(base)).toBe(text(base));
    expect(text({ ...base, seed: 8 })).not.toBe(text(base));
  });

  it('writes rows the importer accepts, with every city used and unique ids', () => {
    const { rows, errors } = validateRecords(parseCsv(text(base)), catalogue);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(40);
    expect(new Set(rows.map((r) => r.cityId)).size).toBe(5);
    expect(rows.every((r) => r.illustrative)).toBe(true);
  });
});
