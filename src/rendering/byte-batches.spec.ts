import { finished } from 'node:stream/promises';
import { byteBatches } from './byte-batches';

describe('byteBatches', () => {
  it('hands on blocks of at least the block size, then the rest, bytes unchanged and in order', async () => {
    const blocks: Uint8Array[] = [];
    const out = byteBatches(10, (block) => blocks.push(block));
    const pieces = ['abc', 'defg', 'hij', 'k', 'lmnopqrstuv', 'wx', 'yz'];
    for (const piece of pieces) out.write(Buffer.from(piece));
    out.end();
    await finished(out);
    expect(blocks.map((block) => Buffer.from(block).toString())).toEqual([
      'abcdefghij',
      'klmnopqrstuv',
      'wxyz',
    ]);
  });

  it('gives each block a buffer of its own, which can be transferred to another thread', async () => {
    const blocks: Uint8Array[] = [];
    const out = byteBatches(4, (block) => blocks.push(block));
    out.write(Buffer.from('12'));
    out.write(Buffer.from('34'));
    out.end();
    await finished(out);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].byteOffset).toBe(0);
    expect(blocks[0].buffer.byteLength).toBe(4);
  });

  it('hands on nothing for an empty document', async () => {
    const blocks: Uint8Array[] = [];
    const out = byteBatches(4, (block) => blocks.push(block));
    out.end();
    await finished(out);
    expect(blocks).toEqual([]);
  });
});
