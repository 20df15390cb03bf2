import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import type { PledgeRow } from './validate';

/** Most bucket files open at once; beyond it a bucket holds several batches of cities. */
const MAX_BUCKETS = 256;

/** FNV-1a: a city's bucket, the same in every run (buckets are written in order: 0 first). */
export function bucketOf(cityId: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < cityId.length; i++) h = Math.imul(h ^ cityId.charCodeAt(i), 0x01000193);
  return (h >>> 0) % buckets;
}

async function append(out: fs.WriteStream, line: string): Promise<void> {
  if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
}

async function close(out: fs.WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

async function* lines(file: string): AsyncGenerator<string> {
  const input = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 });
  try {
    for await (const line of readline.createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY }))
      if (line !== '') yield line;
  } finally {
    input.destroy();
  }
}

/**
 * The valid rows of an import, kept on disk (one JSON line each, in a private temporary folder)
 * between validation and writing, so memory never holds the file. Before writing they are split
 * by lead city into about one batch's worth per bucket: each city's pledges then land in one
 * transaction, and its derived commitment set is rewritten once per import, as when every row
 * sat in memory sorted by city (at 200,000 rows in file order it was ~20 times per city).
 */
export class RowSpill {
  count = 0;
  private readonly out: fs.WriteStream;

  private constructor(readonly dir: string) {
    this.out = fs.createWriteStream(path.join(dir, 'rows.jsonl'));
  }

  static create(): RowSpill {
    return new RowSpill(fs.mkdtempSync(path.join(os.tmpdir(), 'cg-import-')));
  }

  async add(row: PledgeRow): Promise<void> {
    this.count += 1;
    // The lead city first, so splitting into buckets needs no JSON parsing (ids are slugs: no tabs).
    await append(this.out, `${row.cityId}\t${JSON.stringify(row)}\n`);
  }

  /** The rows in batches of at most `size`, each city's rows together, each batch sorted by city. */
  async *batches(size: number): AsyncGenerator<PledgeRow[]> {
    await close(this.out);
    // A quarter of headroom: a bucket a little over the average still fits in one batch.
    const buckets = Math.min(MAX_BUCKETS, Math.max(1, Math.ceil((this.count * 1.25) / size)));
    const files = Array.from({ length: buckets }, (_, k) => path.join(this.dir, `bucket-${k}.jsonl`));
    const outs = files.map((f) => fs.createWriteStream(f));
    for await (const line of lines(path.join(this.dir, 'rows.jsonl'))) {
      await append(outs[bucketOf(line.slice(0, line.indexOf('\t')), buckets)], `${line}\n`);
    }
    await Promise.all(outs.map(close));
    for (const file of files) {
      let batch: PledgeRow[] = [];
      for await (const line of lines(file)) {
        batch.push(JSON.parse(line.slice(line.indexOf('\t') + 1)) as PledgeRow);
        if (batch.length >= size) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    }
  }

  /** Closes the spill file (a rejected import never read it back) and removes the folder. */
  async dispose(): Promise<void> {
    if (!this.out.writableEnded) await close(this.out).catch(() => undefined);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
