import type { Database } from '../../db/database';
import type { CoverageRecord } from '../analysis.repo';
import type { PledgeRow } from '../derived/coverage-types';
import type { OwnerKind, PledgePage } from '../pledges.types';
import { asPledge, type PledgeRecord } from '../records';

/**
 * Why an overlay: public answers come from data precomputed for everyone (src/graph/derived/:
 * coverage counts, commitment sets, the peer index) and, optionally, from the anonymous-only
 * response cache. Neither may hold a viewer's drafts, or one viewer's drafts would leak into
 * another's answers. So each request that carries a token loads the drafts its viewer may see
 * ONCE (one bounded round trip, none for anonymous requests) and merges them into the public
 * answers; the shared data stays untouched. Drafts are few, so the overlay holds at most
 * DRAFT_OVERLAY_LIMIT of them (the first by id); a curator with more sees the rest by id and in
 * `pledges(filter: {status: DRAFT})`, which pages through all of them.
 */
export const DRAFT_OVERLAY_LIMIT = 200;

export interface VisibleDraft {
  record: PledgeRecord;
  /** Its cities (MADE), areas, declared items, and every item it reaches (declared ∪ areas' curated links). */
  cities: string[];
  areas: string[];
  declared: string[];
  reached: string[];
}

export interface DraftOverlay {
  drafts: VisibleDraft[];
  ids: string[];
  /** The public commitment set (derived) of every city behind a visible draft. */
  citySets: Map<string, Set<string>>;
}

export const NO_DRAFTS: DraftOverlay = { drafts: [], ids: [], citySets: new Map() };

/** One round trip: the drafts of these cities (all drafts when null), at most DRAFT_OVERLAY_LIMIT. */
export async function loadOverlay(db: Database, cities: readonly string[] | null): Promise<DraftOverlay> {
  const [row] = await db.read('registry-visible-drafts', { cities, limit: DRAFT_OVERLAY_LIMIT });
  const drafts = (row.drafts as Array<Record<string, unknown>>).map((d) => ({
    record: asPledge(d.record),
    cities: d.cities as string[],
    areas: d.areas as string[],
    declared: d.declared as string[],
    reached: d.reached as string[],
  }));
  const citySets = new Map((row.cities as Array<[string, string[]]>).map(([id, set]) => [id, new Set(set)]));
  return { drafts, ids: drafts.map((d) => d.record.id), citySets };
}

/** The visible drafts an owner's pledge list holds: same rule as cypher/pledges-of-owners.cypher. */
function ownedBy(d: VisibleDraft, kind: OwnerKind, id: string): boolean {
  if (kind === 'city') return d.cities.includes(id);
  if (kind === 'area') return d.areas.includes(id);
  return d.reached.includes(id);
}

/**
 * Merges an owner's visible drafts into its public page. The public page holds the first `limit`
 * public pledges after the cursor, so the first `limit` of both, by id, is the merged page.
 */
export function mergeOwnerPage(
  overlay: DraftOverlay,
  kind: OwnerKind,
  id: string,
  page: PledgePage,
  after: string | null,
  limit: number,
): PledgePage {
  const mine = overlay.drafts.filter((d) => ownedBy(d, kind, id));
  if (mine.length === 0) return page;
  const later = mine.map((d) => d.record).filter((p) => after === null || p.id > after);
  const pledges = [...page.pledges, ...later].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { total: page.total + mine.length, pledges: pledges.slice(0, limit) };
}

/**
 * Adds visible drafts to unfiltered coverage rows (read from the derived counts): a draft counts
 * once per item it reaches, and its cities count for an item only when no public pledge of theirs
 * (their derived set) nor an earlier draft already counted them there.
 */
export function mergeCoverage(overlay: DraftOverlay, rows: CoverageRecord[]): CoverageRecord[] {
  if (overlay.drafts.length === 0) return rows;
  const extra = new Map<string, { pledges: number; declared: number; cities: Set<string> }>();
  for (const d of overlay.drafts)
    for (const item of d.reached) {
      const e = extra.get(item) ?? { pledges: 0, declared: 0, cities: new Set<string>() };
      e.pledges += 1;
      if (d.declared.includes(item)) e.declared += 1;
      for (const c of d.cities) if (!overlay.citySets.get(c)?.has(item)) e.cities.add(c);
      extra.set(item, e);
    }
  return rows.map((r) => {
    const e = extra.get(r.item.id);
    if (!e) return r;
    return {
      ...r,
      pledgeCount: r.pledgeCount + e.pledges,
      declaredPledgeCount: r.declaredPledgeCount + e.declared,
      cityCount: r.cityCount + e.cities.size,
    };
  });
}

/** Cities' commitment sets as the viewer sees them: their public set plus what their visible drafts reach. */
export function draftSets(overlay: DraftOverlay): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const d of overlay.drafts)
    for (const c of d.cities) {
      const set = out.get(c) ?? new Set(overlay.citySets.get(c) ?? []);
      for (const i of d.reached) set.add(i);
      out.set(c, set);
    }
  return new Map([...out].map(([c, s]) => [c, [...s].sort()]));
}

/** The visible drafts as the coverage index counts pledges (filtered coverage, coverageMatrix). */
export function draftCoverageRows(overlay: DraftOverlay): PledgeRow[] {
  return overlay.drafts.map((d) => ({
    id: d.record.id,
    status: d.record.status,
    illustrative: typeof d.record.illustrative === 'boolean' ? d.record.illustrative : null,
    areas: d.areas,
    declared: d.declared,
    cities: d.cities,
  }));
}
