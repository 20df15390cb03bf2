import { isDate, validateRecord, type Catalogue, type PledgeRow } from '../pledges/validate';
import { RegistryError } from './errors';
import { STATUSES } from './lifecycle';

/** A pledge as a client sends it (the contract's PledgeInput). */
export interface PledgeFields {
  cityIds: string[];
  title: string;
  description?: string | null;
  lang?: string | null;
  actionAreas: string[];
  frameworkItems?: string[] | null;
  status?: string | null;
  pledgedOn: string;
  targetDate?: string | null;
  partners?: string[] | null;
  /** Kept as stored when an update re-validates a sample pledge; new pledges are real. */
  illustrative?: boolean;
}

export interface ReportFields {
  date: string;
  forum: string;
  status: string;
  summary: string;
}

export const FORUMS = ['IMRF', 'GRF', 'OTHER'];

/** The importer's names for a record's fields, mapped to the API's (`city` is the lead of `cityIds`). */
const API_FIELD: Record<string, string> = { city: 'cityIds', cities: 'cityIds', country: 'cityIds' };

/**
 * Runs the importer's validator on an API submission, so a pledge is held to the same rules
 * whichever way it comes in; the first problem becomes BAD_USER_INPUT naming the input field.
 */
export function validatePledge(fields: PledgeFields, cat: Catalogue, statuses: readonly string[]): PledgeRow {
  const { row, errors } = validateRecord(
    {
      line: 0,
      fields: {
        ...fields,
        cities: fields.cityIds,
        status: fields.status ?? 'PLEDGED',
        illustrative: fields.illustrative ?? false,
      },
    },
    cat,
    { statuses },
  );
  if (!row || errors.length > 0) {
    const first = errors[0];
    const field = API_FIELD[first?.field] ?? first?.field ?? 'input';
    throw new RegistryError('BAD_USER_INPUT', `${field}: ${first?.message ?? 'is not valid'}`, field);
  }
  return row;
}

export function validateReport(r: ReportFields): ReportFields {
  const bad = (field: string, message: string) => new RegistryError('BAD_USER_INPUT', `${field}: ${message}`, field);
  if (!isDate(r.date)) throw bad('date', `must be a date YYYY-MM-DD (got "${r.date}")`);
  const forum = r.forum.trim().toUpperCase();
  if (!FORUMS.includes(forum)) throw bad('forum', `must be one of ${FORUMS.join(', ')} (got "${r.forum}")`);
  const status = r.status.trim().toUpperCase();
  const reportable = STATUSES.filter((s) => s !== 'DRAFT');
  if (!reportable.includes(status as (typeof reportable)[number]))
    throw bad('status', `must be one of ${reportable.join(', ')} (got "${r.status}")`);
  const summary = r.summary.trim();
  if (summary.length === 0) throw bad('summary', 'is required');
  if (summary.length > 4000) throw bad('summary', 'is longer than 4000 characters');
  return { date: r.date, forum, status, summary };
}
