import path from 'node:path';
import { joinMultiPartMessages } from './bolt-messages';

// The driver's own dechunker, as neo4j-driver loads it.
const lib = path.join(
  path.dirname(
    require.resolve('neo4j-driver-bolt-connection/package.json', {
      paths: [path.dirname(require.resolve('neo4j-driver/package.json'))],
    }),
  ),
  'lib',
  'channel',
);
const { Dechunker } = require(path.join(lib, 'chunking.js'));
const ChannelBuffer = require(path.join(lib, 'channel-buf.js')).default;

/** Bolt framing: each chunk is a 2-byte length and its bytes; a zero length ends the message. */
function framed(message: Buffer, chunk: number): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < message.length; at += chunk) {
    const body = message.subarray(at, at + chunk);
    const head = Buffer.alloc(2);
    head.writeUInt16BE(body.length);
    parts.push(head, body);
  }
  parts.push(Buffer.alloc(2));
  return Buffer.concat(parts);
}

/** What the dechunker hands on for `wire` arriving in socket reads cut at `cuts`. */
function received(wire: Buffer, cuts: number[]): Array<{ _buffer?: Buffer; _buffers?: unknown[]; length: number }> {
  const out: Array<{ _buffer?: Buffer; _buffers?: unknown[]; length: number }> = [];
  const d = new Dechunker();
  d.onmessage = (m: { _buffer?: Buffer; _buffers?: unknown[]; length: number }) => out.push(m);
  let from = 0;
  for (const cut of [...cuts, wire.length]) {
    d.write(new ChannelBuffer(wire.subarray(from, cut)));
    from = cut;
  }
  return out;
}

describe('joining multi-part Bolt messages', () => {
  const message = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7) % 256));

  it('applies to the driver this project installs', () => {
    expect(joinMultiPartMessages()).toBe(true);
  });

  it.each([
    ['three chunks in one read', 2000, []],
    ['one chunk cut by socket reads, one inside its header', 8000, [1, 700, 3001]],
    ['three chunks over many reads', 2000, [5, 1999, 2002, 2003, 4100]],
  ])('%s: one contiguous buffer with the message bytes', (_name, chunk, cuts) => {
    joinMultiPartMessages();
    const [m, ...rest] = received(framed(message, chunk as number), cuts as number[]);
    expect(rest).toHaveLength(0);
    expect(m._buffers).toBeUndefined();
    expect(Buffer.compare(m._buffer as Buffer, message)).toBe(0);
    expect(m.length).toBe(message.length);
  });
});
