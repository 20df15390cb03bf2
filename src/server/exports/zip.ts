import type { Response } from 'express';
import yazl from 'yazl';
import { type Table, toCsv } from './csv';

/** Streams a zip of the tables as CSV files plus a README; nothing is written to disk. */
export function sendZip(res: Response, file: string, tables: Table[], readme: string, mtime: Date): Promise<void> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(readme, 'utf8'), 'README.md', { mtime });
  for (const t of tables) zip.addBuffer(Buffer.from(toCsv(t), 'utf8'), t.file, { mtime });
  zip.end();
  res.status(200).set('content-type', 'application/zip').set('content-disposition', `attachment; filename="${file}"`);
  return new Promise((resolve, reject) => {
    zip.outputStream.on('error', reject);
    res.on('finish', () => resolve());
    res.on('close', () => resolve());
    zip.outputStream.pipe(res);
  });
}
