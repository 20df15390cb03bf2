import type { AlignmentRecord, PledgeRecord } from './records';

/** What the pledge repository is asked and answers (pledges.repo.ts). */
export type OwnerKind = 'item' | 'area' | 'city';
export interface PageRequest {
  key: string;
  kind: OwnerKind;
  id: string;
  after: string | null;
  limit: number;
  /** Also each pledge's alignments, read with the page (areas' and cities' pages only). */
  alignments?: boolean;
}
export interface PledgePage {
  total: number;
  pledges: PledgeRecord[];
  /** By pledge id, when the request asked for them. */
  alignments?: Map<string, AlignmentRecord[]>;
}

export interface PledgeFilter {
  actionArea: string | null;
  item: string | null;
  country: string | null;
  region: string | null;
  status: string | null;
  search: string | null;
  illustrative: boolean | null;
  overdue: boolean | null;
  /** The latest review forum before today and the one before it, for `overdue`. */
  lastForum: string | null;
  prevForum: string | null;
}

export interface PledgeExtras {
  partners: boolean;
  reports: boolean;
}
/** Pledges by id, and partners and reports by pledge id (only those asked). */
export interface PledgesWith {
  pledges: Map<string, PledgeRecord>;
  partners: Map<string, Array<Record<string, unknown>>>;
  reports: Map<string, Array<Record<string, unknown>>>;
}
