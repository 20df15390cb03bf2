import path from 'node:path';

/** The parts of neo4j-driver-bolt-connection (6.3) this module relies on. */
interface Piece {
  length: number;
  _buffer: Buffer;
}
interface DechunkerProto {
  _currentMessage: Piece[];
  _onHeader(header: number): unknown;
}

let installed = false;

/** The folder of the driver's channel code (chunking.js, channel-buf.js): the copy neo4j-driver itself loads. */
export function driverChannelLib(): string {
  const driver = path.dirname(require.resolve('neo4j-driver/package.json'));
  const bolt = require.resolve('neo4j-driver-bolt-connection/package.json', { paths: [driver] });
  return path.join(path.dirname(bolt), 'lib', 'channel');
}

/**
 * neo4j-driver reads a Bolt message that reached it in more than one piece (a record over one
 * 64 KB chunk, or one cut by a socket read) through a CombinedBuffer: every byte read goes through
 * a search of the pieces and every string through a StringDecoder of its own. A 100-pledge page
 * (~85 KB in one record) cost 14 ms of Node CPU to decode that way, 7.8 ms once its pieces were
 * joined (same statement, same answer, 20 runs each). This joins a message's pieces into one
 * buffer when the message is complete, so it is read like a message that came in one piece.
 * Returns false, changing nothing, when the driver's internals are not those this was written for
 * (bolt-messages.test.ts fails then, so an upgrade of the driver is checked).
 */
export function joinMultiPartMessages(): boolean {
  if (installed) return true;
  let dechunker: { prototype: DechunkerProto } | undefined;
  let channelBuffer: (new (b: Buffer) => Piece) | undefined;
  try {
    const lib = driverChannelLib();
    dechunker = require(path.join(lib, 'chunking.js')).Dechunker;
    channelBuffer = require(path.join(lib, 'channel-buf.js')).default;
  } catch {
    return false;
  }
  if (typeof dechunker?.prototype?._onHeader !== 'function' || typeof channelBuffer !== 'function') return false;
  const Whole = channelBuffer;
  const onHeader = dechunker.prototype._onHeader;
  dechunker.prototype._onHeader = function (this: DechunkerProto, header: number) {
    // Header 0 ends a message; its pieces are the slices the dechunker collected for it.
    const pieces = this._currentMessage;
    if (header === 0 && pieces.length > 1) {
      this._currentMessage = [new Whole(Buffer.concat(pieces.map((p) => p._buffer.subarray(0, p.length))))];
    }
    return onHeader.call(this, header);
  };
  installed = true;
  return true;
}
