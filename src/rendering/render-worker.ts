import { once } from 'node:events';
import { Writable } from 'node:stream';
import type { MessagePort } from 'node:worker_threads';
import { byteBatches } from './byte-batches';
import { PacketRenderer } from './packet-renderer';
import { PacketSnapshot } from './packet-snapshot';
import { preparePicture, PrepareResult } from './picture-prepare';
import { Pictures, PacketStreamMessage, RenderTask } from './render-task';

/**
 * Runs in a render thread (RenderPool), never on the API's event loop: a 2,000-packet PDF
 * takes tens of seconds of CPU, during which the thread that answers scans stays free.
 */
const renderer = new PacketRenderer();
/** PDF bytes handed to the API's thread at a time (a whole class is about 25 MB). */
const BLOCK_BYTES = 256 * 1024;

export default async function render(
  task: RenderTask,
): Promise<Uint8Array | PrepareResult | undefined> {
  switch (task.kind) {
    case 'case':
      return collect((out) =>
        renderer.renderCasePreview(
          task.lessonCase,
          task.classText,
          out,
          task.language,
          task.pictures,
        ),
      );
    case 'picture':
      return preparePicture(task.bytes);
    case 'feedback':
      return collect((out) => renderer.renderFeedbackPreview(task.feedback, out, task.language));
    case 'manifest':
      return collect((out) => renderer.renderManifest(task.manifest, out));
    case 'packets':
      await streamPackets(task.port, task.title, task.language);
      return undefined;
  }
}

async function collect(draw: (out: Writable) => Promise<void>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await draw(out);
  return Buffer.concat(chunks);
}

async function streamPackets(
  port: MessagePort,
  title: string,
  language: PacketSnapshot['language'],
): Promise<void> {
  const send = (message: PacketStreamMessage): void => port.postMessage(message);
  // Each block is the thread's own, handed over rather than copied again.
  const out = byteBatches(BLOCK_BYTES, (bytes) =>
    port.postMessage({ chunk: bytes } satisfies PacketStreamMessage, [bytes.buffer]),
  );
  try {
    const pictures: Pictures = new Map();
    await renderer.renderPackets(incoming(port, pictures), out, { title, language }, pictures);
    send({ done: true });
  } finally {
    port.close();
  }
}

/** Packets as the API's thread sends them, asked for a batch at a time, with their pictures. */
async function* incoming(port: MessagePort, pictures: Pictures): AsyncGenerator<PacketSnapshot> {
  for (;;) {
    port.postMessage({ want: true } satisfies PacketStreamMessage);
    const [message] = (await once(port, 'message')) as [PacketStreamMessage];
    if (!('snapshots' in message)) return;
    for (const [id, bytes] of message.pictures) pictures.set(id, bytes);
    yield* message.snapshots;
  }
}
