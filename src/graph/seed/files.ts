import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { projectRoot } from '../../config';

/** The reviewable seed files, as written under seeds/ (see seeds/README.md for their format). */
export interface Texts {
  en: string;
  fr?: string;
  es?: string;
}
export interface FrameworkSeed {
  code: string;
  name: string;
  document?: string;
  adopted?: string;
  description?: string;
}
export interface GcmSeed {
  code: string;
  title: Texts;
  summary: string;
  paragraph: number;
  verified?: string[];
  note?: string;
}
export interface GcrSeed {
  code: string;
  parent?: string;
  kind: string;
  title: Texts;
  paragraphs?: [number, number];
  summary?: string;
  verified?: string[];
  note?: string;
}
export interface NuaSeed {
  code: string;
  section: string[];
  topic: string;
  mentions?: string[];
  verified?: string[];
  note?: string;
}
export interface NuaSectionSeed {
  path: string[];
  paragraphs: [number, number];
  verified?: boolean;
}
export interface SdgTargetSeed {
  code: string;
  label: string;
}
export interface SdgGoalSeed {
  code: string;
  label: string;
  targets: SdgTargetSeed[];
}
export interface ActionAreaSeed {
  number: number;
  title: Texts;
  priority: Texts;
  description: string;
}
export interface StepSeed {
  number: number;
  title: Texts;
  description: string;
  timeline?: string;
}
export interface MilestoneSeed {
  id: string;
  name: string;
  place?: string;
  date: string;
  steps?: number[];
  description?: string;
}
export interface LinkSeed {
  from: string;
  to: string;
  rationale: string;
  verified?: boolean;
}
export interface RegionSeed {
  code: string;
  name: string;
}
export interface CountrySeed {
  code: string;
  alpha2: string;
  name: string;
  region: string;
  subregion?: string;
}
export interface OrganisationSeed {
  id: string;
  name: string;
  kind: string;
  description?: string;
}
export interface CitySeed {
  id: string;
  name: string;
  country: string;
  networks?: string[];
  illustrative: boolean;
}
export interface ReportSeed {
  pledge: string;
  date: string;
  forum: string;
  status: string;
  summary: string;
  illustrative: boolean;
}

export interface Seeds {
  frameworks: FrameworkSeed[];
  gcm: GcmSeed[];
  gcr: GcrSeed[];
  nua: NuaSeed[];
  nuaSections: NuaSectionSeed[];
  sdg: SdgGoalSeed[];
  actionAreas: ActionAreaSeed[];
  steps: StepSeed[];
  milestones: MilestoneSeed[];
  links: LinkSeed[];
  regions: RegionSeed[];
  countries: CountrySeed[];
  organisations: OrganisationSeed[];
  cities: CitySeed[];
  /** Raw pledge records in the import template, validated by the pledge importer. */
  pledges: unknown[];
  reports: ReportSeed[];
}

export const seedsDir = () => path.join(projectRoot(), 'seeds');

export const SEED_FILES = [
  'frameworks.yaml',
  'gcm.yaml',
  'gcr.yaml',
  'nua.yaml',
  'sdg.yaml',
  'action-areas.yaml',
  'roadmap.yaml',
  'crosswalk.yaml',
  'countries.yaml',
  'organisations.yaml',
  'sample/cities.yaml',
  'sample/pledges.json',
  'sample/progress-reports.yaml',
];

// biome-ignore lint/suspicious/noExplicitAny: parsed YAML/JSON is checked field by field by the validators below
function read(dir: string, file: string): any {
  const p = path.join(dir, file);
  const text = fs.readFileSync(p, 'utf8');
  try {
    return file.endsWith('.json') ? JSON.parse(text) : YAML.parse(text);
  } catch (e) {
    throw new Error(`seeds/${file}: cannot be parsed: ${(e as Error).message}`);
  }
}

export function readSeeds(dir: string = seedsDir()): Seeds {
  const roadmap = read(dir, 'roadmap.yaml');
  const countries = read(dir, 'countries.yaml');
  const nua = read(dir, 'nua.yaml');
  return {
    frameworks: read(dir, 'frameworks.yaml').frameworks,
    gcm: read(dir, 'gcm.yaml').items,
    gcr: read(dir, 'gcr.yaml').items,
    nua: nua.items,
    nuaSections: nua.sections ?? [],
    sdg: read(dir, 'sdg.yaml').goals,
    actionAreas: read(dir, 'action-areas.yaml').actionAreas,
    steps: roadmap.steps,
    milestones: roadmap.milestones ?? [],
    links: read(dir, 'crosswalk.yaml').links,
    regions: countries.regions,
    countries: countries.countries,
    organisations: read(dir, 'organisations.yaml').organisations,
    cities: read(dir, 'sample/cities.yaml').cities,
    pledges: read(dir, 'sample/pledges.json'),
    reports: read(dir, 'sample/progress-reports.yaml').reports ?? [],
  };
}

/** Changes to any seed file change this, which is how a start knows the graph needs re-seeding. */
export function seedFingerprint(dir: string = seedsDir()): string {
  const hash = createHash('sha256');
  for (const f of SEED_FILES) hash.update(f).update(fs.readFileSync(path.join(dir, f)));
  return hash.digest('hex').slice(0, 16);
}
