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

/**
 * The latest forum that has passed by `today` and the one before it: a pledge owes a report when
 * it was made by the latest and has nothing reported since the one before (see `reportDue`).
 */
export function passedForums(today: string, forums: Forum[] = reviewForums()) {
  const passed = forums.filter((f) => f.date < today);
  return { lastForum: passed.at(-1)?.date ?? null, prevForum: passed.at(-2)?.date ?? null };
}

export interface PledgeDates {
  status: string;
  pledgedOn: string | null;
  reportDates: string[];
}

/**
 * A report counts for the first forum on or after its date (reports are filed ahead of or at the
 * forum). The next report is due at the forum after the one the last report counted for, or, with
 * no report yet, at the first forum on or after the pledge date; overdue once that forum has passed.
 * Only pledges still being worked on owe reports.
 */
export function reportDue(p: PledgeDates, today: string, forums: Forum[] = reviewForums()) {
  if (!ACTIVE_STATUSES.includes(p.status) || !p.pledgedOn) return { nextReportDue: null, overdue: false };
  const last = [...p.reportDates].sort().at(-1);
  let next: Forum | undefined;
  if (last === undefined) next = forums.find((f) => f.date >= (p.pledgedOn as string));
  else {
    const covered = forums.find((f) => f.date >= last);
    next = covered ? forums.find((f) => f.date > covered.date) : undefined;
  }
  return { nextReportDue: next?.date ?? null, overdue: next !== undefined && next.date < today };
}
