import { Writable } from 'node:stream';

/**
 * A stream that gathers the many small pieces pdfkit writes (a few per PDF object, hundreds of
 * thousands for a 2,000-packet class) into blocks of `blockBytes` before handing each on.
 * Every piece crossing to the API's thread and into the socket costs that thread a message and
 * a write; blocks cost it about a hundred of each (see BENCHMARKS.md, bench:isolation).
 */
export function byteBatches(blockBytes: number, send: (block: Uint8Array) => void): Writable {
  let pieces: Buffer[] = [];
  let size = 0;
  const flush = (): void => {
    if (size === 0) return;
    // A fresh buffer of its own (pieces may share pooled slabs), so it can be transferred.
    const block = new Uint8Array(size);
    let at = 0;
    for (const piece of pieces) {
      block.set(piece, at);
      at += piece.length;
    }
    pieces = [];
    size = 0;
    send(block);
  };
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      pieces.push(chunk);
      size += chunk.length;
      if (size >= blockBytes) flush();
      done();
    },
    final(done) {
      flush();
      done();
    },
  });
}
