import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { MessageChannel } from 'node:worker_threads';
import Piscina from 'piscina';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { Language } from '@/directory/classes/class-language';
import { PacketSnapshot } from './packet-snapshot';
import { PictureFiles } from './picture-files';
import { PrepareResult } from './picture-prepare';
import { RenderAdmission, RenderLane } from './render-lane';
import { PacketStreamMessage, Pictures, RenderTask } from './render-task';

/** Packets handed to a render thread at a time: enough to keep it busy, little to hold. */
const BATCH = 20;
/** Render threads yield the CPU to the thread that answers requests (Linux nice levels). */
const NICE = { quick: 5, bulk: 10 } as const;

type WholeTask = Exclude<RenderTask, { kind: 'packets' } | { kind: 'picture' }>;

/**
 * Every PDF is drawn in worker threads (piscina), never on the event loop that answers scans
 * and /health. Two lanes: `quick` for what a person waits for on screen (previews, one packet,
 * a manifest), `bulk` for whole classes and print runs, so a long run never holds a preview up.
 */
@Injectable()
export class RenderPool implements OnModuleDestroy {
  private readonly pools: Record<RenderLane, Piscina>;
  private readonly admissions: Record<RenderLane, RenderAdmission>;

  constructor(
    @Inject(APP_SETTINGS) settings: AppSettings,
    private readonly pictureFiles: PictureFiles,
  ) {
    const { threads, queue } = settings.render;
    this.pools = { quick: createPool('quick', threads), bulk: createPool('bulk', threads) };
    this.admissions = {
      quick: new RenderAdmission('quick', threads, queue),
      bulk: new RenderAdmission('bulk', threads, queue),
    };
  }

  /** One document whole (previews, manifests); a waiting caller leaves when `signal` aborts. */
  async render(lane: RenderLane, task: WholeTask, signal?: AbortSignal): Promise<Buffer> {
    const release = await this.admissions[lane].enter(signal);
    try {
      const bytes = (await this.pools[lane].run(task)) as Uint8Array;
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } finally {
      release();
    }
  }

  /** Checks an uploaded picture whole and makes it print-ready, off the event loop. */
  async preparePicture(bytes: Uint8Array): Promise<PrepareResult> {
    const release = await this.admissions.quick.enter();
    try {
      return (await this.pools.quick.run({
        kind: 'picture',
        bytes,
      } satisfies RenderTask)) as PrepareResult;
    } finally {
      release();
    }
  }

  /**
   * Packets into one PDF written to `open()`'s stream as it is drawn, at the pace the stream
   * takes it. `open` is called once a thread is free, so a full lane is still a plain 429.
   */
  async renderPackets(
    lane: RenderLane,
    snapshots: AsyncIterable<PacketSnapshot> | Iterable<PacketSnapshot>,
    open: () => Writable,
    about: { title: string; language: Language },
  ): Promise<void> {
    const release = await this.admissions[lane].enter();
    try {
      const out = open();
      const pictures = (ids: string[]): Promise<Pictures> => this.pictureFiles.readMany(ids);
      await streamPackets(this.pools[lane], snapshots, out, about, pictures);
      out.end();
      await finished(out);
    } finally {
      release();
    }
  }

  /** Renders running or waiting in this process, by lane. */
  load(): Record<RenderLane, number> {
    return { quick: this.admissions.quick.load, bulk: this.admissions.bulk.load };
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([this.pools.quick.destroy(), this.pools.bulk.destroy()]);
  }
}

function createPool(lane: RenderLane, threads: number): Piscina {
  // Compiled, the worker is a .js beside this file; under Vitest it is TypeScript, which a thread
  // loads through tsx (the renderer uses no decorators, so esbuild's output is enough).
  const compiled = __filename.endsWith('.js');
  return new Piscina({
    filename: join(__dirname, `render-worker.${compiled ? 'js' : 'ts'}`),
    name: 'default',
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 60_000,
    niceIncrement: NICE[lane],
    execArgv: compiled ? [] : ['--require', 'tsx/cjs'],
  });
}

async function streamPackets(
  pool: Piscina,
  snapshots: AsyncIterable<PacketSnapshot> | Iterable<PacketSnapshot>,
  out: Writable,
  about: { title: string; language: Language },
  readPictures: (ids: string[]) => Promise<Pictures>,
): Promise<void> {
  const { port1, port2 } = new MessageChannel();
  // Each picture is read from the store and sent to the thread once per document.
  const sent = new Set<string>();
  const batches = inBatches(snapshots)[Symbol.asyncIterator]();
  const send = (message: PacketStreamMessage): void => port1.postMessage(message);
  let ended = false;
  const sendNext = async (): Promise<void> => {
    await drained(out);
    const next = out.destroyed ? undefined : await batches.next();
    ended = !next || next.done === true;
    if (ended) return send({ end: true });
    const batch = next!.value as PacketSnapshot[];
    const wanted = pictureIds(batch).filter((id) => !sent.has(id));
    wanted.forEach((id) => sent.add(id));
    send({ snapshots: batch, pictures: await readPictures(wanted) });
  };
  const complete = new Promise<void>((resolve, reject) => {
    port1.on('message', (message: PacketStreamMessage) => {
      if ('chunk' in message) out.write(message.chunk);
      else if ('want' in message) sendNext().catch(reject);
      else if ('done' in message) resolve();
    });
  });
  const task = pool.run({ kind: 'packets', port: port2, ...about } satisfies RenderTask, {
    transferList: [port2],
  }) as Promise<undefined>;
  try {
    await Promise.all([task, complete]);
  } finally {
    // A failed read of the packets still lets the thread finish and take its next task.
    if (!ended) send({ end: true });
    port1.close();
  }
}

function pictureIds(snapshots: PacketSnapshot[]): string[] {
  return snapshots.flatMap((s) => s.cases.flatMap((c) => (c.images ?? []).map((i) => i.id)));
}

async function* inBatches(
  snapshots: AsyncIterable<PacketSnapshot> | Iterable<PacketSnapshot>,
): AsyncGenerator<PacketSnapshot[]> {
  let batch: PacketSnapshot[] = [];
  for await (const snapshot of snapshots) {
    batch.push(snapshot);
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Waits while the client is slower than the renderer; a closed stream waits no more. */
async function drained(out: Writable): Promise<void> {
  if (!out.writableNeedDrain || out.destroyed) return;
  const waits = new AbortController();
  const { signal } = waits;
  await Promise.race([once(out, 'drain', { signal }), once(out, 'close', { signal })]);
  waits.abort();
}
