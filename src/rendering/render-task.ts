import type { MessagePort } from 'node:worker_threads';
import { Language } from '@/directory/classes/class-language';
import { ManifestData } from './manifest-layout';
import { CaseSnapshot, FeedbackSnapshot, PacketSnapshot } from './packet-snapshot';

/** Print-ready pictures (grey PNG) by id, read once per document. */
export type Pictures = Map<string, Uint8Array>;

/** What a render thread is asked to draw (render-worker.ts); answered as one PDF's bytes. */
export type RenderTask =
  | {
      kind: 'case';
      lessonCase: CaseSnapshot;
      classText: string;
      language: Language;
      pictures: Pictures;
    }
  /** A case's picture checked whole and made print-ready (answered as a PrepareResult). */
  | { kind: 'picture'; bytes: Uint8Array }
  | { kind: 'feedback'; feedback: FeedbackSnapshot[]; language: Language }
  | { kind: 'manifest'; manifest: ManifestData }
  /** Packets streamed both ways over `port` (see PacketStreamMessage), for runs of any size. */
  | { kind: 'packets'; port: MessagePort; title: string; language: Language };

/** Between the API's thread and a render thread while packets stream. */
export type PacketStreamMessage =
  /** API -> render thread: the next packets with the pictures not sent before, or none left. */
  | { snapshots: PacketSnapshot[]; pictures: Pictures }
  | { end: true }
  /** Render thread -> API: PDF bytes, a request for more packets, the document is complete. */
  | { chunk: Uint8Array }
  | { want: true }
  | { done: true };
