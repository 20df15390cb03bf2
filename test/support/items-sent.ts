import type { Database } from '../../src/db/database';

/**
 * Records how many item records each run of `statement` sent back (its first row's `items`), for
 * tests of graph/derived/item-records.ts; `restore` puts db.read back.
 */
export function countItemsSent(db: Database, statement: string): { sent: number[]; restore: () => void } {
  const sent: number[] = [];
  const read = db.read.bind(db);
  const spy = jest.spyOn(db, 'read').mockImplementation(async (name, params) => {
    const rows = await read(name, params);
    if (name === statement) sent.push((rows[0].items as unknown[]).length);
    return rows;
  });
  return { sent, restore: () => spy.mockRestore() };
}
