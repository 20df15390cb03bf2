import type { Database } from '../../db/database';
import type { CityRecord } from '../records';
import { createRepositories } from '../repositories';

export type Forum = 'IMRF' | 'GRF';
export const FORUMS: Forum[] = ['IMRF', 'GRF'];

/** Which framework each forum reviews: the IMRF the GCM, the Global Refugee Forum the GCR. */
export const FORUM_FRAMEWORK: Record<Forum, 'GCM' | 'GCR'> = { IMRF: 'GCM', GRF: 'GCR' };

/** Our statuses in the GRF's pledge-tracking terms; a suspended pledge is still under way, not fulfilled. */
export const GRF_STATUS: Record<string, string> = {
  PLEDGED: 'planning',
  IN_PROGRESS: 'in progress',
  SUSPENDED: 'in progress',
  COMPLETED: 'fulfilled',
};

export interface PackPledge {
  pledge: Record<string, unknown>;
  coSponsors: string[];
  areas: string[];
  items: Array<{ id: string; title: string; basis: string; rationale: string | null }>;
  partners: string[];
  reports: Array<{ date: string; forum: string; status: string; summary: string }>;
}

/**
 * Everything a review pack needs about one city's pledges, in six round trips whatever their
 * number; the linked items are exactly those `Pledge.alignments(framework)` gives in the API.
 */
export async function readReviewPack(
  db: Database,
  cityId: string,
  forum: Forum,
): Promise<{ city: CityRecord; pledges: PackPledge[] } | null> {
  const repos = createRepositories(db);
  const city = (await repos.cities.byIds([cityId])).get(cityId);
  if (!city) return null;
  const rows = await db.read('review-pack-pledges', { cityId });
  const ids = rows.map((r) => String((r.pledge as { id: string }).id));
  const [alignments, areas, partners, reports] = await Promise.all([
    repos.pledges.alignments(ids),
    repos.pledges.areas(ids),
    repos.pledges.partners(ids),
    repos.pledges.reports(ids),
  ]);
  const framework = FORUM_FRAMEWORK[forum];
  const pledges = rows.map((r, i) => {
    const id = ids[i];
    return {
      pledge: r.pledge as Record<string, unknown>,
      coSponsors: r.coSponsors as string[],
      areas: (areas.get(id) ?? []).map((a) => a.id),
      items: (alignments.get(id) ?? [])
        .filter((a) => a.item.framework === framework)
        .map((a) => ({
          id: a.item.id,
          title: String(a.item.title_en ?? a.item.id),
          basis: a.basis,
          rationale: a.rationale,
        })),
      partners: (partners.get(id) ?? []).map((o) => String(o.name)),
      reports: (reports.get(id) ?? []).map((rep) => ({
        date: String(rep.date),
        forum: String(rep.forum),
        status: String(rep.status),
        summary: String(rep.summary),
      })),
    };
  });
  return { city, pledges };
}
