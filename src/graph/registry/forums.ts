import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { seedsDir } from '../seed/files';
import { ACTIVE_STATUSES } from './lifecycle';

/** A review forum pledges report to (IMRF, GRF), as listed in seeds/roadmap.yaml. */
export interface Forum {
  id: string;
  forum: string;
  name: string;
  date: string;
}

let cached: Forum[] | undefined;

/** Read once per process: the forums are data, oldest first. */
export function reviewForums(): Forum[] {
  if (!cached) {
    const roadmap = YAML.parse(fs.readFileSync(path.join(seedsDir(), 'roadmap.yaml'), 'utf8'));
    cached = ((roadmap.forums ?? []) as Forum[])
      .map((f) => ({ id: f.id, forum: f.forum, name: f.name, date: String(f.date) }))
      .sort((a, b) => a.date.localeCompare(b.date));
  }
  return cached;
}

/** The latest forum that has passed by `today`; a pledge with nothing reported since owes a report. */
export function lastForumBefore(today: string, forums: Forum[] = reviewForums()): string | null {
  return forums.filter((f) => f.date < today).at(-1)?.date ?? null;
}

export interface PledgeDates {
  status: string;
  pledgedOn: string | null;
  reportDates: string[];
}

/**
 * For a pledge still being worked on: the first forum after its last report (or its pledge
 * date), and whether that forum has already passed. Finished or withdrawn pledges owe nothing.
 */
export function reportDue(p: PledgeDates, today: string, forums: Forum[] = reviewForums()) {
  if (!ACTIVE_STATUSES.includes(p.status)) return { nextReportDue: null, overdue: false };
  const since = [...p.reportDates].sort().at(-1) ?? p.pledgedOn ?? '';
  const next = forums.find((f) => f.date > since) ?? null;
  return { nextReportDue: next?.date ?? null, overdue: next !== null && next.date < today };
}
