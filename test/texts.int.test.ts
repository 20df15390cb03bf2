import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { Database } from '../src/db/database';
import { importSdgTexts, TextsImportError } from '../src/graph/texts/import';
import { closeTestDb, openTestDb } from './support/db';
import { SDG_TEXTS_DIR } from './support/seed-for-tests';

let db: Database;
beforeAll(() => {
  db = openTestDb();
});
afterAll(() => closeTestDb(db));

const reference = (lang: string, file: string) =>
  YAML.parse(fs.readFileSync(path.join(SDG_TEXTS_DIR, 'translations', lang, file), 'utf8')) as Record<string, string>;

describe('official SDG texts importer', () => {
  it('reads 17 goals and 169 targets in each of en, fr, es and ar', async () => {
    const r = await importSdgTexts(db, SDG_TEXTS_DIR);
    for (const lang of ['en', 'fr', 'es', 'ar']) expect(r.counts[lang]).toEqual({ goals: 17, targets: 169 });
    expect(r.updated).toBe(186);
  });

  it.each(['en', 'fr', 'es'])('stores the %s titles of goals and targets as the source has them', async (lang) => {
    const targets = reference(lang, 'global_targets.yml');
    const goals = reference(lang, 'global_goals.yml');
    const rows = await db.runText(
      `MATCH (i:FrameworkItem) WHERE i.id IN ['SDG-10', 'SDG-10.7', 'SDG-10.c', 'SDG-17.18'] RETURN i.id AS id, i['title_' + $lang] AS title`,
      { lang },
    );
    const byId = Object.fromEntries(rows.map((r) => [r.id, r.title]));
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(byId['SDG-10.7']).toBe(norm(targets['10-7-title']));
    expect(byId['SDG-10.c']).toBe(norm(targets['10-c-title']));
    expect(byId['SDG-17.18']).toBe(norm(targets['17-18-title']));
    expect(byId['SDG-10']).toBe(norm(goals['10-title']));
    const missing = await db.runText(
      `MATCH (i:FrameworkItem {framework: 'SDG'}) WHERE i['title_' + $lang] IS NULL RETURN count(i) AS n`,
      { lang },
    );
    expect(Number(missing[0].n)).toBe(0);
  });

  it('strips tatweel from the Arabic texts', async () => {
    const rows = await db.runText(
      "MATCH (i:FrameworkItem {framework: 'SDG'}) WHERE i.title_ar CONTAINS '\u0640' RETURN count(i) AS n",
    );
    expect(Number(rows[0].n)).toBe(0);
  });

  it('refuses a directory that lacks a language, writing nothing', async () => {
    const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'sdg-'));
    fs.mkdirSync(path.join(dir, 'translations', 'en'), { recursive: true });
    fs.copyFileSync(
      path.join(SDG_TEXTS_DIR, 'translations', 'en', 'global_goals.yml'),
      path.join(dir, 'translations', 'en', 'global_goals.yml'),
    );
    await db.runText("MATCH (i:FrameworkItem {id: 'SDG-1'}) SET i.title_en = 'sentinel'");
    await expect(importSdgTexts(db, dir)).rejects.toThrow(TextsImportError);
    const [row] = await db.runText("MATCH (i:FrameworkItem {id: 'SDG-1'}) RETURN i.title_en AS t");
    expect(row.t).toBe('sentinel');
    await importSdgTexts(db, SDG_TEXTS_DIR);
  });
});
