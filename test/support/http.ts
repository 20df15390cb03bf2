import type { AddressInfo } from 'node:net';
import { parse } from 'csv-parse/sync';
import yauzl from 'yauzl';
import { createApp, type App } from '../../src/server/app';
import type { Database } from '../../src/db/database';

/** The app listening on an ephemeral loopback port, for tests that speak HTTP. */
export async function listenApp(db: Database, publicBaseUrl?: string): Promise<{ app: App; url: string }> {
  const app = await createApp(db, { production: false, publicBaseUrl });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  return { app, url: `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}` };
}

/** Parses a CSV download with an independent parser; the BOM must be there and is then dropped. */
export function readCsv(buf: Buffer): Array<Record<string, string>> {
  expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(buf.subarray(3), { columns: true, record_delimiter: '\r\n' }) as Array<Record<string, string>>;
}

/** Every entry of a zip, by name. */
export function unzip(buf: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const out = new Map<string, Buffer>();
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

export async function download(url: string): Promise<{ type: string; body: Buffer; status: number }> {
  const res = await fetch(url);
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    body: Buffer.from(await res.arrayBuffer()),
  };
}
