import fs from 'node:fs';
import { RowSpill } from './spill';
import { pledgeRow } from '../../../test/support/rows';
import type { PledgeRow } from './validate';

const row = (n: number, city: string): PledgeRow =>
  pledgeRow(`p-${n}`, city, { description: n % 3 === 0 ? 'with "quotes"\tand\na line break' : null });

describe('RowSpill', () => {
  it('gives every row back once, in batches no larger than asked, with each city in one or two batches', async () => {
    const spill = RowSpill.create();
    const rows: PledgeRow[] = [];
    // In file order the cities take turns: ten rows each, every batch of 100 would hold all of them.
    for (let n = 0; n < 1000; n++) rows.push(row(n, `city-${n % 100}`));
    for (const r of rows) await spill.add(r);
    const batches: PledgeRow[][] = [];
    for await (const b of spill.batches(100)) batches.push(b);
    await spill.dispose();
    expect(batches.every((b) => b.length <= 100)).toBe(true);
    expect(batches.flat().sort((a, b) => Number(a.id.slice(2)) - Number(b.id.slice(2)))).toEqual(rows);
    const cityBatches = new Set(batches.flatMap((b, k) => b.map((r) => `${r.cityId}@${k}`)));
    expect(cityBatches.size).toBeLessThan(120);
  });

  it('removes its temporary folder', async () => {
    const spill = RowSpill.create();
    await spill.add(row(1, 'a'));
    expect(fs.existsSync(spill.dir)).toBe(true);
    for await (const _ of spill.batches(10));
    await spill.dispose();
    expect(fs.existsSync(spill.dir)).toBe(false);
  });
});
