/** The fields a pledge's history tracks, each as one comparable string (lists joined by ";"). */
export type Snapshot = Record<string, string | null>;

export const TRACKED = [
  'title',
  'description',
  'lang',
  'status',
  'pledgedOn',
  'targetDate',
  'cities',
  'actionAreas',
  'frameworkItems',
  'partners',
] as const;

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

const idOf = (v: unknown) => (typeof v === 'object' && v !== null ? String((v as { id: unknown }).id) : String(v));

/** Lists compare as sets, except cities, whose first entry is the lead city. */
const joined = (v: unknown, ordered: boolean): string | null => {
  if (v === undefined || v === null || v === '') return null;
  if (!Array.isArray(v)) return String(v);
  const ids = v.map(idOf);
  return ids.length === 0 ? null : (ordered ? ids : ids.sort()).join(';');
};

/** A pledge as stored (the lock statement's shape) or as about to be written. */
export function snapshot(pledge: object): Snapshot {
  const p = pledge as Record<string, unknown>;
  const out: Snapshot = {};
  for (const f of TRACKED) out[f] = joined(f === 'cities' ? p.cityIds : p[f], f === 'cities');
  return out;
}

/** Every tracked field whose value differs, with its value before and after, in TRACKED order. */
export function diff(before: Snapshot | null, after: Snapshot): FieldChange[] {
  return TRACKED.filter((f) => (before?.[f] ?? null) !== after[f]).map((f) => ({
    field: f,
    from: before?.[f] ?? null,
    to: after[f],
  }));
}
