import path from 'node:path';
import { driverChannelLib } from './bolt-messages';

/** The parts of neo4j-driver-bolt-connection's Chunker (6.3) this module relies on. */
interface ChunkerProto {
  _bufferSize: number;
  _chunkOpen: boolean;
  _buffer: { remaining(): number };
  _ensure(size: number): unknown;
  flush(): unknown;
}

/** Bolt's chunk header is 16 bits: a chunk holds at most 65,535 bytes after its 2-byte header. */
export const LARGE_WRITE = 65537;

let installed = false;

/**
 * neo4j-driver writes a Bolt message through a 1,400-byte buffer and hands the socket each full one:
 * an import batch of 10,000 pledges (several MB of parameters) went out in thousands of socket writes
 * of 1,400 bytes, and the server's network thread cut as many chunks. This lets a message that
 * outgrows its buffer continue in one of the largest size a chunk allows; the next message starts
 * in a buffer of the driver's own size again, so small messages (every read) allocate no more than
 * before. A 200,000-pledge import: Neo4j's network thread 6.3–6.5 → 1.8–2.0 s CPU, Node 22.2–22.5 →
 * 20.7–20.9 s (two interleaved pairs). Returns false, changing nothing, when the driver's internals
 * are not those this was written for (bolt-writes.test.ts fails then).
 */
export function largeMessageChunks(): boolean {
  if (installed) return true;
  let chunker: { prototype: ChunkerProto } | undefined;
  try {
    chunker = require(path.join(driverChannelLib(), 'chunking.js')).Chunker;
  } catch {
    return false;
  }
  const proto = chunker?.prototype;
  if (typeof proto?._ensure !== 'function' || typeof proto.flush !== 'function') return false;
  const ensure = proto._ensure;
  proto._ensure = function (this: ChunkerProto, size: number) {
    const own = this._bufferSize;
    // The buffer cannot take these bytes: the message goes on in a large one (flush allocates it).
    if (this._buffer.remaining() < (this._chunkOpen ? size : size + 2)) this._bufferSize = LARGE_WRITE;
    try {
      return ensure.call(this, size);
    } finally {
      this._bufferSize = own;
    }
  };
  installed = true;
  return true;
}
