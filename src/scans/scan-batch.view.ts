import { EventView, PacketBrief } from '@/packets/packet-event.view';

/**
 * The result of one scan of a batch, at its index: a scan's answer (statusCode 201 applied,
 * 200 duplicate) or an error body (statusCode 4xx, with code, message and details).
 */
export class BatchItemResult {
  index: number;
  statusCode: number;
  transition?: 'applied' | 'duplicate';
  packet?: PacketBrief;
  event?: EventView;
  error?: string;
  code?: string;
  message?: string;
  details?: Record<string, unknown>;
}

export class BatchResult {
  applied: number;
  duplicates: number;
  failed: number;
  results: BatchItemResult[];
}
