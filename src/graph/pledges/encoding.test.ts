import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { streamCsv } from './csv-stream';
import { readPledgeFile } from './import';
import { FileFormatError } from './records';

const HEADER = 'city,title\n';
const collect = async (bytes: Buffer, chunk = 7) => {
  // Small chunks: a character or a line break split across reads must not matter.
  const parts = Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, i) =>
    bytes.subarray(i * chunk, (i + 1) * chunk),
  );
  const out = [];
  for await (const r of streamCsv(Readable.from(parts))) out.push(r);
  return out;
};

describe('pledge files must be clean UTF-8', () => {
  it.each([
    [
      'Latin-1 bytes',
      Buffer.concat([Buffer.from(`${HEADER}Lyon,a\nMontr`), Buffer.from([0xe9]), Buffer.from('al,b\n')]),
      /^line 3: invalid UTF-8 \(byte 0xE9\)/,
    ],
    ['a NUL byte', Buffer.from(`${HEADER}Lyon,a\0b\n`), /^line 2: control character U\+0000 \(NUL\)/],
    [
      'an escape character',
      Buffer.from(`${HEADER}Lyon,a\n\nQuito,\u001b[31m\n`),
      /^line 4: control character U\+001B \(ESC\)/,
    ],
    ['a C1 control character', Buffer.from(`${HEADER}Lyon,a\u0085b\n`), /^line 2: control character U\+0085/],
    [
      'UTF-16 with a byte-order mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}Lyon,a\n`, 'utf16le')]),
      /^line 1: the file is UTF-16 \(little-endian\)/,
    ],
    [
      'UTF-16 without a byte-order mark',
      Buffer.from(`${HEADER}Lyon,a\n`, 'utf16le'),
      /^line 1: the file is UTF-16 \(little-endian\)/,
    ],
    [
      'big-endian UTF-16',
      Buffer.from(`${HEADER}Lyon,a\n`, 'utf16le').swap16(),
      /^line 1: the file is UTF-16 \(big-endian\)/,
    ],
    [
      'a truncated character',
      Buffer.concat([Buffer.from(`${HEADER}Lyon,caf`), Buffer.from([0xc3])]),
      /^line 2: the file ends in the middle/,
    ],
    [
      'an encoded surrogate',
      Buffer.concat([Buffer.from(`${HEADER}Lyon,`), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('\n')]),
      /^line 2: invalid UTF-8/,
    ],
  ])('refuses %s, naming the line and the problem', async (_name, bytes, message) => {
    const err = await collect(bytes).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileFormatError);
    expect((err as Error).message).toMatch(message);
  });

  it('accepts UTF-8 with a byte-order mark, accents, CRLF, tabs and quoted line breaks', async () => {
    const text = `\uFEFF${HEADER}Montréal,"Accueil\r\ndes réfugiés"\r\nSão Paulo,\ttab\r\n`;
    const records = await collect(Buffer.from(text), 3);
    expect(records.map((r) => [r.line, r.fields.city])).toEqual([
      [2, 'Montréal'],
      [4, 'São Paulo'],
    ]);
    expect(records[0].fields.title).toBe('Accueil\r\ndes réfugiés');
  });

  it('keeps the line and field-count messages of the hand-written parser', async () => {
    const err = await collect(Buffer.from('a,b\n1,2\n\n3\n')).catch((e: unknown) => e);
    expect((err as Error).message).toBe('line 4: 1 fields where the header has 2');
    const open = await collect(Buffer.from('a,b\n1,"2\n')).catch((e: unknown) => e);
    expect((open as Error).message).toMatch(/^line \d+: a quoted field is not closed$/);
  });

  it('checks JSON files the same way', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-enc-'));
    const file = path.join(dir, 'p.json');
    fs.writeFileSync(
      file,
      Buffer.concat([Buffer.from('[\n{"city": "Montr'), Buffer.from([0xe9]), Buffer.from('al"}]')]),
    );
    await expect(readPledgeFile(file)).rejects.toThrow(/^line 2: invalid UTF-8/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    [
      'a NUL escape in a field',
      '[\n{"city": "Lyon"},\n{"city": "Quito", "title": "a\\u0000b"}\n]',
      /^line 3: field "title": control character U\+0000 \(NUL\)/,
    ],
    [
      'an escape character in a list',
      '[\n{"partners": ["iom", "\\u001b[31m"]}\n]',
      /^line 2: field "partners": control character U\+001B \(ESC\)/,
    ],
    [
      'a C1 control in a nested value',
      '{"pledges": [\n{"x": {"y": "\\u0085"}}\n]}',
      /^line 2: field "x.y": control character U\+0085/,
    ],
  ])('refuses %s of a JSON file, naming the record and the field', async (_what, json, message) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-enc-'));
    const file = path.join(dir, 'p.json');
    fs.writeFileSync(file, json);
    await expect(readPledgeFile(file)).rejects.toThrow(message);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('accepts tabs and line breaks escaped in JSON text, as CSV does', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-enc-'));
    const file = path.join(dir, 'p.json');
    fs.writeFileSync(file, '[{"description": "one\\ttwo\\r\\nthree"}]');
    expect((await readPledgeFile(file))[0].fields.description).toBe('one\ttwo\r\nthree');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
