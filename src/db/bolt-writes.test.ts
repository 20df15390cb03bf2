import path from 'node:path';
import { driverChannelLib } from './bolt-messages';
import { LARGE_WRITE, largeMessageChunks } from './bolt-writes';

const { Chunker, Dechunker } = require(path.join(driverChannelLib(), 'chunking.js'));
const ChannelBuffer = require(path.join(driverChannelLib(), 'channel-buf.js')).default;

/** A channel that keeps what the chunker hands the socket, one entry per write. */
function capture() {
  const writes: Buffer[] = [];
  return { writes, channel: { write: (b: { _buffer: Buffer }) => writes.push(Buffer.from(b._buffer)) } };
}

/** Writes each message as the driver does (bytes, message boundary, flush); notes each next buffer's size. */
function send(messages: Buffer[]): { writes: Buffer[]; buffers: number[] } {
  const { writes, channel } = capture();
  const chunker = new Chunker(channel);
  const buffers: number[] = [];
  for (const m of messages) {
    chunker.putBytes(0, new ChannelBuffer(m));
    chunker.messageBoundary();
    chunker.flush();
    buffers.push(chunker._buffer.length);
  }
  return { writes, buffers };
}

/** The chunk lengths on the wire and the messages the driver's own dechunker reads back. */
function readBack(wire: Buffer): { chunks: number[]; messages: Buffer[] } {
  const chunks: number[] = [];
  for (let at = 0; at < wire.length; ) {
    const n = wire.readUInt16BE(at);
    if (n > 0) chunks.push(n);
    at += 2 + n;
  }
  const messages: Buffer[] = [];
  const d = new Dechunker();
  d.onmessage = (m: { length: number; getUInt8(i: number): number }) =>
    messages.push(Buffer.from(Array.from({ length: m.length }, (_, i) => m.getUInt8(i))));
  d.write(new ChannelBuffer(wire));
  return { chunks, messages };
}

describe('large Bolt messages written in large chunks', () => {
  const big = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 13) % 256));
  const small = Buffer.from('a statement and its few parameters');

  it('applies to the driver this project installs', () => {
    expect(largeMessageChunks()).toBe(true);
  });

  it('sends a 300 kB message in a handful of writes of chunks no longer than Bolt allows', () => {
    largeMessageChunks();
    const { writes } = send([big]);
    // 300,000 bytes: the first 1,400-byte buffer, then buffers of up to 65,535 bytes of message each.
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(big.length / (LARGE_WRITE - 2)) + 1);
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThanOrEqual(LARGE_WRITE);
    const { chunks, messages } = readBack(Buffer.concat(writes));
    expect(Math.max(...chunks)).toBe(65535);
    expect(messages).toHaveLength(1);
    expect(Buffer.compare(messages[0], big)).toBe(0);
  });

  it('starts the next message in a buffer of the driver size again', () => {
    largeMessageChunks();
    const { writes, buffers } = send([big, small, small]);
    // After the large message, the buffer waiting for the next one is the driver's 1,400 bytes.
    expect(buffers).toEqual([1400, 1400, 1400]);
    expect(writes.slice(-2).map((w) => w.length)).toEqual([small.length + 4, small.length + 4]);
    const { messages } = readBack(Buffer.concat(writes));
    expect(messages.map((m) => m.length)).toEqual([big.length, small.length, small.length]);
  });
});
