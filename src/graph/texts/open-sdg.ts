import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

export const TEXT_LANGS = ['en', 'fr', 'es', 'ar'] as const;
export type TextLang = (typeof TEXT_LANGS)[number];

export interface OfficialTexts {
  /** item id -> properties such as title_en, short_fr */
  items: Map<string, Record<string, string>>;
  counts: Record<string, { goals: number; targets: number }>;
  problems: string[];
}

const GOAL_KEY = /^(\d{1,2})-(title|short)$/;
const TARGET_KEY = /^(\d{1,2})-([0-9]{1,2}|[a-z])-title$/;

/** Tatweel stretches Arabic words for justification in the UN PDFs; it is layout, not text. */
const clean = (s: string, lang: string) => (lang === 'ar' ? s.replace(/\u0640/g, '') : s).replace(/\s+/g, ' ').trim();

function readMap(file: string, problems: string[]): Record<string, unknown> {
  if (!fs.existsSync(file)) {
    problems.push(`${file}: missing`);
    return {};
  }
  const data = YAML.parse(fs.readFileSync(file, 'utf8')) as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.push(`${file}: expected a flat map of keys to texts`);
    return {};
  }
  return data as Record<string, unknown>;
}

/**
 * Reads the open-sdg translation layout: translations/<lang>/global_goals.yml (`<g>-title`,
 * `<g>-short`) and global_targets.yml (`<g>-<t>-title`).
 */
export function readOpenSdgTexts(dir: string, langs: readonly string[] = TEXT_LANGS): OfficialTexts {
  const problems: string[] = [];
  const items = new Map<string, Record<string, string>>();
  const counts: OfficialTexts['counts'] = {};
  const base = fs.existsSync(path.join(dir, 'translations')) ? path.join(dir, 'translations') : dir;
  const put = (id: string, key: string, value: string) => {
    const props = items.get(id) ?? {};
    props[key] = value;
    items.set(id, props);
  };
  for (const lang of langs) {
    const c = { goals: 0, targets: 0 };
    const goals = readMap(path.join(base, lang, 'global_goals.yml'), problems);
    for (const [key, value] of Object.entries(goals)) {
      const m = GOAL_KEY.exec(key);
      if (!m) continue;
      if (typeof value !== 'string' || value.trim() === '') {
        problems.push(`${lang}/global_goals.yml ${key}: empty`);
        continue;
      }
      put(`SDG-${m[1]}`, `${m[2]}_${lang}`, clean(value, lang));
      if (m[2] === 'title') c.goals += 1;
    }
    const targets = readMap(path.join(base, lang, 'global_targets.yml'), problems);
    for (const [key, value] of Object.entries(targets)) {
      const m = TARGET_KEY.exec(key);
      if (!m) continue;
      if (typeof value !== 'string' || value.trim() === '') {
        problems.push(`${lang}/global_targets.yml ${key}: empty`);
        continue;
      }
      put(`SDG-${m[1]}.${m[2]}`, `title_${lang}`, clean(value, lang));
      c.targets += 1;
    }
    counts[lang] = c;
  }
  return { items, counts, problems };
}
