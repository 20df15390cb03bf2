import type { Database } from '../src/db/database';
import { createApp, type App } from '../src/server/app';
import { closeTestDb, openTestDb } from './support/db';
import { code, runAs } from './support/registry';

let db: Database;
let app: App;
beforeAll(async () => {
  db = openTestDb();
  app = await createApp(db, { production: false });
});
afterAll(async () => {
  await app.apollo.stop();
  await closeTestDb(db);
});

const Q = `query($text: String!, $lang: Lang, $framework: FrameworkCode, $first: Int) {
  suggestAlignments(text: $text, lang: $lang, framework: $framework, first: $first) { item { id } score matched }
}`;
const suggest = async (text: string, lang: string | null, framework: string | null = null, first = 10) => {
  const r = await runAs(app, db, null, Q, { text, lang, framework, first });
  expect(r.errors).toBeUndefined();
  return r.data.suggestAlignments as Array<{ item: { id: string }; score: number; matched: string[] }>;
};

// Pledges as a city might write them (invented for the test).
const TEXTS: Array<[string, string, string]> = [
  [
    'EN',
    'Health care for all residents',
    'The city will open its municipal health clinics to every resident regardless of migration status and train front-desk staff.',
  ],
  [
    'FR',
    'Apprentissage du français et accès à l’emploi',
    'La ville offrira des cours de langue gratuits aux personnes réfugiées et migrantes et les accompagnera vers un emploi décent.',
  ],
  [
    'ES',
    'Vivienda digna para personas migrantes',
    'La ciudad ampliará los albergues temporales y facilitará el acceso a una vivienda asequible para migrantes y refugiados.',
  ],
];

describe('suggestAlignments', () => {
  it.each(TEXTS)('gives useful suggestions for a %s pledge', async (lang, title, description) => {
    const all = await suggest(`${title}. ${description}`, lang);
    process.stderr.write(
      `${lang}: ${all.map((s) => `${s.item.id} ${s.score.toFixed(2)} [${s.matched.join(', ')}]`).join('; ')}\n`,
    );
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((s, i) => i === 0 || all[i - 1].score >= s.score)).toBe(true);
    expect(all.every((s) => s.matched.length > 0)).toBe(true);
    const top = (n: number) => all.slice(0, n).map((s) => s.item.id);
    if (lang === 'EN') expect(top(3)).toEqual(expect.arrayContaining(['GCM-15', 'SDG-3.8']));
    if (lang === 'FR') {
      expect(top(3)).toContain('SDG-8.8');
      expect(top(5)).toContain('GCM-6');
    }
    if (lang === 'ES') {
      expect(top(1)).toEqual(['SDG-11.1']);
      expect(all[0].matched).toEqual(expect.arrayContaining(['vivienda', 'asequible']));
    }
  });

  it('keeps to one framework when asked, and refuses a bad text or size', async () => {
    const gcm = await suggest('Vivienda digna y acceso a servicios de salud para migrantes', 'ES', 'GCM', 5);
    expect(gcm.length).toBe(5);
    expect(gcm.every((s) => s.item.id.startsWith('GCM-'))).toBe(true);
    expect(await suggest('the and of', 'EN')).toEqual([]);
    expect(code(await runAs(app, db, null, Q, { text: '', lang: 'EN' }))).toBe('BAD_USER_INPUT');
    expect(code(await runAs(app, db, null, Q, { text: 'health', first: 0 }))).toBe('BAD_USER_INPUT');
  });
});
