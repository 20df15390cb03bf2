import { isDate, validateRecord, validateRecords, type Catalogue } from './validate';

const cat: Catalogue = {
  itemIds: new Set(['GCM-15', 'SDG-10.7']),
  actionAreaIds: new Set(['AA-1', 'AA-4']),
  countries: new Map([
    ['CAN', 'CA'],
    ['BRA', 'BR'],
  ]),
  organisations: new Map([
    ['iom', 'International Organization for Migration'],
    ['international organization for migration', 'iom'],
  ]),
};
const good = {
  city: 'Montréal',
  country: 'CAN',
  title: 'Clinics for all',
  actionAreas: ['AA-4'],
  frameworkItems: ['GCM-15'],
  status: 'IN_PROGRESS',
  pledgedOn: '2020-01-22',
  partners: ['International Organization for Migration'],
};

describe('validateRecord', () => {
  it('normalises a good record: city slug id, derived pledge id, known partner by name', () => {
    const { row, errors } = validateRecord({ line: 2, fields: good }, cat);
    expect(errors).toEqual([]);
    expect(row).toMatchObject({
      cityId: 'montreal-ca',
      country: 'CAN',
      partners: [{ id: 'iom', name: 'International Organization for Migration' }],
    });
    expect(row?.id).toMatch(/^montreal-ca-2020-[0-9a-f]{6}$/);
    expect(validateRecord({ line: 9, fields: good }, cat).row?.id).toBe(row?.id);
  });

  it('accepts CSV-style lists separated by semicolons and string booleans', () => {
    const { row } = validateRecord(
      { line: 2, fields: { ...good, actionAreas: 'AA-1; AA-4', frameworkItems: '', illustrative: 'true' } },
      cat,
    );
    expect(row?.actionAreas).toEqual(['AA-1', 'AA-4']);
    expect(row?.frameworkItems).toEqual([]);
    expect(row?.illustrative).toBe(true);
  });

  it.each([
    [{ actionAreas: ['AA-9'] }, 'actionAreas', /unknown action area "AA-9"/],
    [{ frameworkItems: ['GCM-99'] }, 'frameworkItems', /unknown framework item "GCM-99"/],
    [{ city: '' }, 'city', /is required/],
    [{ country: 'XXX' }, 'country', /unknown ISO 3166-1 alpha-3 code "XXX"/],
    [{ status: 'DONE' }, 'status', /must be one of/],
    [{ pledgedOn: '2020-02-30' }, 'pledgedOn', /must be a date/],
    [{ targetDate: '2019-01-01' }, 'targetDate', /before pledgedOn/],
    [{ title: 42 }, 'title', /must be text \(got number\)/],
    [{ actionAreas: [4] }, 'actionAreas', /list of strings/],
    [{ illustrative: 'yes' }, 'illustrative', /true or false/],
    [{ id: 'Not A Slug' }, 'id', /lowercase slug/],
  ])('reports %j on its line and field', (change, field, message) => {
    const { row, errors } = validateRecord({ line: 7, fields: { ...good, ...change } }, cat);
    expect(row).toBeUndefined();
    expect(errors).toEqual([expect.objectContaining({ line: 7, field, message: expect.stringMatching(message) })]);
  });
});

describe('validateRecords', () => {
  it('rejects a second record with the same id, naming the first line', () => {
    const recs = [
      { line: 2, fields: { ...good, id: 'x-1' } },
      { line: 3, fields: { ...good, id: 'x-1' } },
    ];
    const { rows, errors } = validateRecords(recs, cat);
    expect(rows).toHaveLength(1);
    expect(errors).toEqual([{ line: 3, field: 'id', message: 'duplicate pledge id "x-1" (first on line 2)' }]);
  });
});

describe('isDate', () => {
  // What it replaced: Date reads the day and must print it back unchanged (no rollover).
  const byDate = (s: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(s) &&
    !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
    new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');

  it('accepts exactly the days Date accepts, leap years and month ends included', () => {
    const years = [0, 1, 4, 100, 400, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999];
    const cases: string[] = [];
    for (const y of years)
      for (let m = 0; m <= 13; m++) for (let d = 0; d <= 32; d++) cases.push(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    const wrong = cases.filter((s) => isDate(s) !== byDate(s));
    expect(wrong).toEqual([]);
    expect(cases.filter(isDate)).toHaveLength(
      years.length * 365 + years.filter((y) => byDate(`${pad(y, 4)}-02-29`)).length,
    );
  });

  it.each(['2024-2-01', '2024-02-1', ' 2024-02-01', '2024-02-01T00:00', '2024/02/01', 'first of May', ''])(
    'refuses %j',
    (s) => {
      expect(isDate(s)).toBe(false);
    },
  );
});
