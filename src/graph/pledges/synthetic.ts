/** Reproducible synthetic pledges for scale tests: same options, same file, byte for byte. */
export interface SyntheticOptions {
  cities: number;
  pledges: number;
  seed: number;
  countries: Array<{ code: string; alpha2: string }>;
  itemIds: string[];
  actionAreaIds: string[];
}

export const CSV_HEADER = [
  'id',
  'city',
  'country',
  'title',
  'description',
  'actionAreas',
  'frameworkItems',
  'status',
  'pledgedOn',
  'targetDate',
  'partners',
  'illustrative',
];
const STATUSES = ['PLEDGED', 'IN_PROGRESS', 'COMPLETED', 'SUSPENDED'];

/** mulberry32: tiny, fast and good enough to spread synthetic rows. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const csv = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Yields CSV lines (header first) so 200,000 pledges never sit in memory as one string. */
export function* syntheticCsv(o: SyntheticOptions): Generator<string> {
  const rand = rng(o.seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const cities = Array.from({ length: o.cities }, (_, i) => {
    const c = pick(o.countries);
    return { name: `Synthetic City ${i + 1}`, country: c.code, alpha2: c.alpha2.toLowerCase() };
  });
  yield CSV_HEADER.join(',');
  const perCityYear = new Map<string, number>();
  for (let i = 0; i < o.pledges; i++) {
    // Every city gets at least one pledge while pledges last, the rest spread at random.
    const city = i < cities.length ? cities[i] : pick(cities);
    const year = 2019 + Math.floor(rand() * 6);
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    const key = `${city.name}|${year}`;
    const seq = (perCityYear.get(key) ?? 0) + 1;
    perCityYear.set(key, seq);
    const id = `synthetic-city-${city.name.split(' ').pop()}-${city.alpha2}-${year}-${seq}`;
    const areas = [...new Set([pick(o.actionAreaIds), ...(rand() < 0.3 ? [pick(o.actionAreaIds)] : [])])];
    const items =
      rand() < 0.5 ? [...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(o.itemIds)))] : [];
    yield [
      id,
      city.name,
      city.country,
      `Synthetic pledge ${i + 1}`,
      'Generated for scale testing; not a real pledge.',
      areas.join(';'),
      items.join(';'),
      pick(STATUSES),
      `${year}-${month}-${day}`,
      `${year + 3}-12-31`,
      '',
      'true',
    ]
      .map(csv)
      .join(',');
  }
}
