/** Plain records as the repositories hand them up; `typename` names their GraphQL type. */
export type ItemRecord = Record<string, unknown> & {
  typename: string;
  id: string;
  framework: string;
  code: string;
  kind: string;
  sortKey: string;
};
export type AreaRecord = Record<string, unknown> & { typename: 'ActionArea'; id: string; number: number };
export type PledgeRecord = Record<string, unknown> & {
  typename: 'Pledge';
  id: string;
  title: string;
  status: string;
  illustrative: boolean;
  cityId: string;
};
export type CityRecord = Record<string, unknown> & {
  typename: 'City';
  id: string;
  name: string;
  countryCode: string;
  illustrative: boolean;
};

export interface AlignmentRecord {
  item: ItemRecord;
  basis: string;
  rationale: string | null;
  verified: boolean;
}

const ITEM_TYPES: Record<string, string> = {
  'GCM:objective': 'GcmObjective',
  'SDG:goal': 'SdgGoal',
  'SDG:target': 'SdgTarget',
  'NUA:paragraph': 'NuaParagraph',
};

export function asItem(raw: unknown): ItemRecord {
  const r = raw as ItemRecord;
  const typename = ITEM_TYPES[`${r.framework}:${r.kind}`] ?? (r.framework === 'GCR' ? 'GcrSection' : 'GcmObjective');
  return { ...r, typename };
}

export const asArea = (raw: unknown): AreaRecord => ({ ...(raw as AreaRecord), typename: 'ActionArea' });
export const asPledge = (raw: unknown): PledgeRecord => ({ ...(raw as PledgeRecord), typename: 'Pledge' });
export const asCity = (raw: unknown): CityRecord => ({ ...(raw as CityRecord), typename: 'City' });

/** Groups rows by a key while keeping the order the query gave. */
export function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}
