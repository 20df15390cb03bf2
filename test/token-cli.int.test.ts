import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../src/config';
import type { Database } from '../src/db/database';
import { createApp, type App } from '../src/server/app';
import { closeTestDb, openTestDb } from './support/db';
import { code, removeRegistryTestData, runAs } from './support/registry';

let db: Database;
let app: App;
beforeAll(async () => {
  db = openTestDb();
  app = await createApp(db, { production: false });
});
afterAll(async () => {
  await removeRegistryTestData(db);
  await app.apollo.stop();
  await closeTestDb(db);
});

/** The built CLI against the test database, as `npm run token -- …` runs it beside `npm start`. */
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(projectRoot(), 'dist', 'cli', 'token.js'), ...args], {
    env: process.env,
    encoding: 'utf8',
    timeout: 60000,
  });

describe('npm run token', () => {
  it('creates a token printed as the last line, lists it without its secret, and revokes it', async () => {
    const made = cli('create', '--name', 'test cli editor', '--role', 'city_editor', '--city', 'montreal-ca');
    expect(made.status).toBe(0);
    const lines = made.stdout.trimEnd().split('\n');
    const token = lines.at(-1) as string;
    expect(made.stdout.endsWith(`${token}\n`)).toBe(true);
    expect(token).toMatch(/^cgt_[A-Za-z0-9_-]{43}$/);
    const viewer = await runAs(app, db, token, '{ viewer { name role cities { id } } }');
    expect(viewer.data.viewer).toEqual({
      name: 'test cli editor',
      role: 'CITY_EDITOR',
      cities: [{ id: 'montreal-ca' }],
    });

    // Only the hash is stored: neither the token nor its secret part is anywhere in the graph.
    const [hit] = await db.runText('MATCH (t:ApiToken {name: $name}) RETURN t {.*} AS t', { name: 'test cli editor' });
    expect(JSON.stringify(hit.t)).not.toContain(token.slice(4));
    expect((hit.t as { hash: string }).hash).toMatch(/^[0-9a-f]{64}$/);

    const listed = cli('list');
    const row = listed.stdout.split('\n').find((l) => l.includes('"test cli editor"')) as string;
    expect(row).toMatch(/\tCITY_EDITOR\t"test cli editor"\tmontreal-ca\t.+\tactive$/);
    expect(listed.stdout).not.toContain(token.slice(4));

    const id = row.split('\t')[0];
    expect(cli('revoke', id).status).toBe(0);
    expect(code(await runAs(app, db, token, '{ viewer { name } }'))).toBe('UNAUTHENTICATED');
    expect(cli('list').stdout).toMatch(new RegExp(`^${id}\\t.*\\t\\d{4}-\\d\\d-\\d\\dT[^\\t]+Z$`, 'm'));
  });

  it('refuses a bad role, a city editor without a city and an unknown city, creating nothing', () => {
    for (const args of [
      ['--name', 'test x', '--role', 'KING'],
      ['--name', 'test x', '--role', 'CITY_EDITOR'],
      ['--name', 'test x', '--role', 'CITY_EDITOR', '--city', 'test-nowhere-xx'],
      ['--role', 'CURATOR'],
    ]) {
      const r = cli('create', ...args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
    }
    expect(cli('list').stdout).not.toContain('"test x"');
  });
});
