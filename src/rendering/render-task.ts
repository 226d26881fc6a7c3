import type { MessagePort } from 'node:worker_threads';
import { Language } from '@/directory/classes/class-language';
import { ManifestData } from './manifest-layout';
import { CaseSnapshot, FeedbackSnapshot, PacketSnapshot } from './packet-snapshot';

/** What a render thread is asked to draw (render-worker.ts); answered as one PDF's bytes. */
export type RenderTask =
  | { kind: 'case'; lessonCase: CaseSnapshot; classText: string; language: Language }
  | { kind: 'feedback'; feedback: FeedbackSnapshot[]; language: Language }
  | { kind: 'manifest'; manifest: ManifestData }
  /** Packets streamed both ways over `port` (see PacketStreamMessage), for runs of any size. */
  | { kind: 'packets'; port: MessagePort; title: string; language: Language };

/** Between the API's thread and a render thread while packets stream. */
export type PacketStreamMessage =
  /** API -> render thread: the next packets, or none left. */
  | { snapshots: PacketSnapshot[] }
  | { end: true }
  /** Render thread -> API: PDF bytes, a request for more packets, the document is complete. */
  | { chunk: Uint8Array }
  | { want: true }
  | { done: true };
