import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readOpenSdgTexts } from './open-sdg';

const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tmpTree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'open-sdg-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('readOpenSdgTexts', () => {
  it('maps goal and target keys to item ids, folds lines and strips Arabic tatweel', () => {
    const dir = tmpTree({
      'translations/en/global_goals.yml': '10-title: Goal ten\n10-short: Ten\n',
      'translations/en/global_targets.yml': '10-7-title: Target\n  seven\n10-c-title: Target c\n',
      'translations/ar/global_goals.yml': '10-title: "\u0627\u0644\u0640\u0647\u062f\u0641"\n',
      'translations/ar/global_targets.yml': '{}\n',
    });
    const t = readOpenSdgTexts(dir, ['en', 'ar']);
    expect(t.items.get('SDG-10')).toEqual({
      title_en: 'Goal ten',
      short_en: 'Ten',
      title_ar: '\u0627\u0644\u0647\u062f\u0641',
    });
    expect(t.items.get('SDG-10.7')).toEqual({ title_en: 'Target seven' });
    expect(t.items.get('SDG-10.c')).toEqual({ title_en: 'Target c' });
    expect(t.counts.en).toEqual({ goals: 1, targets: 2 });
    expect(t.problems).toEqual([]);
  });

  it('reports a missing language file', () => {
    const dir = tmpTree({ 'translations/en/global_goals.yml': '1-title: x\n' });
    expect(readOpenSdgTexts(dir, ['en']).problems).toEqual([expect.stringMatching(/global_targets\.yml: missing/)]);
  });
});
