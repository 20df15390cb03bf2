import { createHash } from 'node:crypto';
import type { SourceRecord } from './records';
import { cityId, slug } from './slug';

/** Statuses a file may give a pledge; drafts exist only through the API (submitPledge). */
export const PLEDGE_STATUSES = ['PLEDGED', 'IN_PROGRESS', 'COMPLETED', 'SUSPENDED', 'WITHDRAWN'] as const;

/** A city already in the graph that a joint pledge (`cities`) may name. */
export interface KnownCity {
  name: string;
  country: string;
}

/** What the graph already knows, against which references in a pledge file are checked. */
export interface Catalogue {
  itemIds: Set<string>;
  actionAreaIds: Set<string>;
  /** alpha-3 -> alpha-2 */
  countries: Map<string, string>;
  /** organisation id -> name, and lower-cased name -> id */
  organisations: Map<string, string>;
  /** Cities a record's `cities` list may name, by id (only those the records refer to). */
  cities?: Map<string, KnownCity>;
}

export interface PledgeRow {
  id: string;
  cityId: string;
  /** Every city making the pledge, lead first (the lead is `cityId`). */
  cityIds: string[];
  cityName: string;
  country: string;
  title: string;
  description: string | null;
  actionAreas: string[];
  frameworkItems: string[];
  status: string;
  pledgedOn: string;
  targetDate: string | null;
  partners: Array<{ id: string; name: string }>;
  illustrative: boolean;
  lang: string | null;
}

export interface RowError {
  line: number;
  field: string;
  message: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Days in each month of a common year; February gains one in a leap year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A real calendar day (proleptic Gregorian, years 0000-9999, as Date reads them). Counted rather
 * than parsed with Date: two dates per row made it a fifth of an import's validation time.
 */
export function isDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= MONTH_DAYS[month - 1] + (month === 2 && leap ? 1 : 0);
}

/** Lists come as JSON arrays or, in CSV, as one cell separated by semicolons. */
function list(value: unknown, field: string, err: (f: string, m: string) => void): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value === 'string')
    return value
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.map((v) => v.trim());
  err(field, 'must be a list of strings (in CSV: values separated by ";")');
  return [];
}

function text(
  value: unknown,
  field: string,
  required: boolean,
  max: number,
  err: (f: string, m: string) => void,
): string | null {
  if (value === undefined || value === null || value === '') {
    if (required) err(field, 'is required');
    return null;
  }
  if (typeof value !== 'string') {
    err(field, `must be text (got ${Array.isArray(value) ? 'a list' : typeof value})`);
    return null;
  }
  const t = value.trim();
  if (t.length > max) err(field, `is longer than ${max} characters`);
  return t;
}

function bool(value: unknown, err: (f: string, m: string) => void): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  err('illustrative', 'must be true or false');
  return false;
}

export interface ValidateOptions {
  /** Statuses accepted; the API narrows this to DRAFT or PLEDGED for a new pledge. */
  statuses?: readonly string[];
}

/** The lead city from `city` + `country` (importer) or from the first id of `cities` (API). */
function leadCity(
  f: Record<string, unknown>,
  joint: string[],
  cat: Catalogue,
  err: (f: string, m: string) => void,
): { id: string; name: string; country: string } | null {
  if ((f.city === undefined || f.city === '') && joint.length > 0) {
    const known = cat.cities?.get(joint[0]);
    if (!known) return null;
    return { id: joint[0], name: known.name, country: known.country };
  }
  const city = text(f.city, 'city', true, 120, err);
  const country = text(f.country, 'country', true, 60, err)?.toUpperCase() ?? null;
  const alpha2 = country ? cat.countries.get(country) : undefined;
  if (country && !alpha2) err('country', `unknown ISO 3166-1 alpha-3 code "${country}"`);
  return city && country && alpha2 ? { id: cityId(city, alpha2), name: city, country } : null;
}

export function validateRecord(
  rec: SourceRecord,
  cat: Catalogue,
  opts: ValidateOptions = {},
): { row?: PledgeRow; errors: RowError[] } {
  const errors: RowError[] = [];
  const err = (field: string, message: string) => errors.push({ line: rec.line, field, message });
  const f = rec.fields;
  const statuses = opts.statuses ?? PLEDGE_STATUSES;
  // A joint pledge names its other cities by id; every one must already be in the graph.
  const joint = list(f.cities, 'cities', err);
  for (const c of joint) if (!cat.cities?.has(c)) err('cities', `unknown city id "${c}"`);
  const lead = leadCity(f, joint, cat, err);
  const title = text(f.title, 'title', true, 300, err);
  const description = text(f.description, 'description', false, 4000, err);
  const actionAreas = list(f.actionAreas, 'actionAreas', err);
  if (actionAreas.length === 0 && !errors.some((e) => e.field === 'actionAreas'))
    err('actionAreas', 'at least one action area (AA-1..AA-6) is required');
  for (const a of actionAreas)
    if (!cat.actionAreaIds.has(a)) err('actionAreas', `unknown action area "${a}" (expected AA-1..AA-6)`);
  const items = list(f.frameworkItems, 'frameworkItems', err);
  for (const i of items)
    if (!cat.itemIds.has(i))
      err('frameworkItems', `unknown framework item "${i}" (e.g. GCM-15, GCR-III.B.2.1, NUA-28, SDG-10.7)`);
  const status = text(f.status, 'status', true, 60, err)?.toUpperCase() ?? null;
  if (status && !statuses.includes(status)) err('status', `must be one of ${statuses.join(', ')} (got "${status}")`);
  const lang = text(f.lang, 'lang', false, 2, err)?.toUpperCase() ?? null;
  const pledgedOn = text(f.pledgedOn, 'pledgedOn', true, 60, err);
  if (pledgedOn && !isDate(pledgedOn)) err('pledgedOn', `must be a date YYYY-MM-DD (got "${pledgedOn}")`);
  const targetDate = text(f.targetDate, 'targetDate', false, 60, err);
  if (targetDate && !isDate(targetDate)) err('targetDate', `must be a date YYYY-MM-DD (got "${targetDate}")`);
  else if (targetDate && pledgedOn && targetDate < pledgedOn) err('targetDate', 'is before pledgedOn');
  const partners = list(f.partners, 'partners', err).map((p) => {
    const known = cat.organisations.get(p) !== undefined ? p : cat.organisations.get(p.toLowerCase());
    return known ? { id: known, name: cat.organisations.get(known) ?? p } : { id: slug(p), name: p };
  });
  const illustrative = bool(f.illustrative, err);
  let id = text(f.id, 'id', false, 160, err);
  if (id && !/^[a-z0-9][a-z0-9-]*$/.test(id)) err('id', 'must be a lowercase slug (letters, digits, dashes)');
  if (errors.length > 0 || !lead || !title || !status || !pledgedOn) return { errors };
  const cid = lead.id;
  // Without an id, one derived from city, year and title keeps re-imports of the same file idempotent.
  id ??= `${cid}-${pledgedOn.slice(0, 4)}-${createHash('sha1').update(title).digest('hex').slice(0, 6)}`;
  return {
    errors,
    row: {
      id,
      cityId: cid,
      cityIds: [...new Set([cid, ...joint])],
      cityName: lead.name,
      country: lead.country,
      title,
      description,
      actionAreas: [...new Set(actionAreas)],
      frameworkItems: [...new Set(items)],
      status,
      pledgedOn,
      targetDate,
      partners,
      illustrative,
      lang,
    },
  };
}

export function validateRecords(records: SourceRecord[], cat: Catalogue): { rows: PledgeRow[]; errors: RowError[] } {
  const rows: PledgeRow[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const rec of records) {
    const r = validateRecord(rec, cat);
    errors.push(...r.errors);
    if (!r.row) continue;
    const first = seen.get(r.row.id);
    if (first !== undefined) {
      errors.push({
        line: rec.line,
        field: 'id',
        message: `duplicate pledge id "${r.row.id}" (first on line ${first})`,
      });
      continue;
    }
    seen.set(r.row.id, rec.line);
    rows.push(r.row);
  }
  return { rows, errors };
}
