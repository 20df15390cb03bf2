import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { projectRoot } from '../../config';

const dir = path.join(projectRoot(), 'seeds', 'sample');
const pledges = JSON.parse(fs.readFileSync(path.join(dir, 'pledges.json'), 'utf8')) as Array<Record<string, string>>;
const reports = (
  YAML.parse(fs.readFileSync(path.join(dir, 'progress-reports.yaml'), 'utf8')) as {
    reports: Array<Record<string, string>>;
  }
).reports;

/** Real forum days: an invented pledge or report dated on one could pass for a real announcement. */
const FORUM_DAYS: Array<[string, string, string]> = [
  ['GRF 2019', '2019-12-16', '2019-12-18'],
  ['GFMD Quito', '2020-01-01', '2020-01-31'],
  ['IMRF 2022', '2022-05-17', '2022-05-20'],
  ['GRF 2023', '2023-12-13', '2023-12-15'],
];
const onForumDay = (date: string) => FORUM_DAYS.find(([, from, to]) => date >= from && date <= to)?.[0];
/** Cities that made real public pledges at the IMRF 2022. */
const REAL_IMRF_PLEDGERS = ['montreal-ca', 'bogota-co', 'beirut-lb', 'nairobi-ke'];

describe('the illustrative sample cannot pass for real', () => {
  it('dates no pledge and no report on a real forum day', () => {
    expect(pledges.filter((p) => onForumDay(p.pledgedOn)).map((p) => p.id)).toEqual([]);
    expect(reports.filter((r) => onForumDay(r.date)).map((r) => `${r.pledge} ${r.date}`)).toEqual([]);
  });

  it('gives the cities that pledged at the IMRF 2022 no invented IMRF report', () => {
    const imrf = reports.filter((r) => r.forum === 'IMRF').map((r) => r.pledge);
    expect(imrf.length).toBeGreaterThan(0);
    expect(imrf.filter((id) => REAL_IMRF_PLEDGERS.some((c) => id.startsWith(`${c}-`)))).toEqual([]);
  });

  it('flags every pledge and report illustrative, dated no later than its reports', () => {
    const pledgedOn = new Map(pledges.map((p) => [p.id, p.pledgedOn]));
    expect(pledges.every((p) => (p.illustrative as unknown) === true)).toBe(true);
    for (const r of reports) {
      expect((r.illustrative as unknown) === true).toBe(true);
      expect(r.date >= (pledgedOn.get(r.pledge) ?? '9999')).toBe(true);
    }
  });
});
