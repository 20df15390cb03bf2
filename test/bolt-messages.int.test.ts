import { closeTestDb, openTestDb } from './support/db';

// Records over one 64 KB Bolt chunk reach the driver in pieces, which src/db/bolt-messages.ts joins
// before they are decoded: text with characters of 1 to 4 UTF-8 bytes, cut anywhere, comes back whole.
const db = openTestDb();
afterAll(() => closeTestDb(db));

const alphabet = ['a', 'é', '€', '😀', 'ñ', '中', ' ', 'Ω'];
const text = (n: number, seed: number) =>
  Array.from({ length: n }, (_, i) => alphabet[(i * 5 + seed) % alphabet.length]).join('');

describe('large records', () => {
  it('come back exactly as sent: one long string and thousands of short ones', async () => {
    const long = text(150_000, 3);
    const many = Array.from({ length: 4000 }, (_, i) => ({ id: `k${i}`, t: text(1 + (i % 37), i) }));
    const [row] = await db.runText('RETURN $long AS long, $many AS many', { long, many });
    expect(row.long).toBe(long);
    expect(row.many).toEqual(many);
  });
});
