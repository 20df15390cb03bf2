import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../config';
import { CASES } from './arms';

const named = (dir: string, ext: string) =>
  fs
    .readdirSync(path.join(projectRoot(), ...dir.split('/')))
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort();

// Issue 9 holds for every named operation: a new one without a bench case and a raw statement
// would silently drop out of the measurements.
describe('bench cases', () => {
  const cases = CASES.map((c) => c.name).sort();

  it('cover every named operation in schema/operations/, once', () => {
    expect(cases).toEqual(named('schema/operations', '.graphql'));
    expect(new Set(cases).size).toBe(cases.length);
  });

  // cypher/bench/ also holds statements of other measurements (import-ceiling), so this is a subset.
  it('each have a raw statement in cypher/bench/', () => {
    const raw = new Set(named('cypher/bench', '.cypher'));
    expect(cases.filter((name) => !raw.has(name))).toEqual([]);
  });
});
