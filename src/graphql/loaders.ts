import DataLoader from 'dataloader';
import type { Repositories } from '../graph/repositories';
import { type CommitmentRecord, type CrosswalkKey, type CrosswalkRecord, crosswalkKey } from '../graph/analysis.repo';
import type { PageRequest, PledgePage } from '../graph/pledges.types';
import type { DraftOverlay } from '../graph/registry/overlay';
import type { PledgeEvent } from '../graph/registry/reads';
import type { AlignmentRecord, AreaRecord, CityRecord, ItemRecord, PledgeRecord } from '../graph/records';

type Batch<K, V> = (keys: readonly K[]) => Promise<Map<string, V>>;

/** One round trip per batch of keys; missing keys get `fallback` (null for lookups, [] for lists). */
function loader<K, V, F extends V | null>(
  fetch: Batch<K, V>,
  fallback: F,
  keyOf: (k: K) => string = String,
): DataLoader<K, V | F, string> {
  return new DataLoader<K, V | F, string>(
    async (keys) => {
      const found = await fetch(keys);
      return keys.map((k) => found.get(keyOf(k)) ?? fallback);
    },
    { cacheKeyFn: keyOf, maxBatchSize: 1000 },
  );
}

export interface CommitmentKey {
  key: string;
  city: string;
  framework: string | null;
}

export function createLoaders(repos: Repositories, drafts: () => Promise<DraftOverlay>) {
  const none: never[] = [];
  return {
    item: loader<string, ItemRecord, null>((ids) => repos.items.byIds(ids), null),
    area: loader<string, AreaRecord, null>((ids) => repos.items.actionAreasByIds(ids), null),
    pledge: loader<string, PledgeRecord, null>((ids) => repos.pledges.byIds(ids), null),
    city: loader<string, CityRecord, null>((ids) => repos.cities.byIds(ids), null),
    children: loader<string, ItemRecord[], never[]>((ids) => repos.items.children(ids), none),
    alignments: loader<string, AlignmentRecord[], never[]>((ids) => repos.items.alignments(ids), none),
    pledgeAlignments: loader<string, AlignmentRecord[], never[]>((ids) => repos.pledges.alignments(ids), none),
    pledgeAreas: loader<string, AreaRecord[], never[]>((ids) => repos.pledges.areas(ids), none),
    pledgeReports: loader<string, Array<Record<string, unknown>>, never[]>((ids) => repos.pledges.reports(ids), none),
    pledgePartners: loader<string, Array<Record<string, unknown>>, never[]>((ids) => repos.pledges.partners(ids), none),
    draft: loader<string, PledgeRecord, null>((ids) => repos.registryReads.drafts(ids), null),
    pledgeHistory: loader<string, PledgeEvent[], never[]>((ids) => repos.registryReads.history(ids), none),
    pledgePages: loader<PageRequest, PledgePage, PledgePage>(
      (reqs) => repos.pledges.pagesOf(reqs),
      { total: 0, pledges: [] },
      (r) => r.key,
    ),
    crosswalks: loader<CrosswalkKey, CrosswalkRecord[], never[]>(
      (keys) => repos.analysis.crosswalks(keys),
      none,
      crosswalkKey,
    ),
    commitments: loader<CommitmentKey, CommitmentRecord[], never[]>(
      async (reqs) => repos.analysis.commitments(reqs, (await drafts()).ids),
      none,
      (r) => r.key,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
