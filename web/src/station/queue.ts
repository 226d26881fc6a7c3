import type { components } from '../api/schema';
import { scansToForget } from './retention';

type ScanDto = components['schemas']['ScanDto'];

/** A scan taken at the counter, kept in the browser until the service has answered for it. */
export interface QueuedScan {
  /** Its place in the queue: scans are sent in the order they were taken. */
  seq?: number;
  /** Who scanned it: a scan is sent, and shown, only under its own clerk's session. */
  userId: string;
  clientId: string;
  code: string;
  event: ScanDto['event'];
  reason?: ScanDto['reason'];
  /** The station's clock when it was scanned (the service records it as the event's time). */
  scannedAt: string;
  /** The service's answer, or the station's own refusal of a misread code (never sent). */
  result?: { outcome: 'applied' | 'duplicate' | 'failed'; errorCode?: string };
}

const DB = 'kazpost-station';
const STORE = 'scans';

/** IndexedDB survives a reload, a closed browser and a restarted PC, unlike the page's memory. */
function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () =>
      request.result.createObjectStore(STORE, { keyPath: 'seq', autoIncrement: true });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB'));
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = work(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('indexedDB'));
    });
  } finally {
    db.close();
  }
}

const everyScan = (): Promise<QueuedScan[]> =>
  run('readonly', (store) => store.getAll() as IDBRequest<QueuedScan[]>);

/** One clerk's scans, in the order taken (another clerk may share the counter's PC). */
export async function allScans(userId: string): Promise<QueuedScan[]> {
  return (await everyScan()).filter((s) => s.userId === userId);
}

export const addScan = (scan: QueuedScan): Promise<IDBValidKey> =>
  run('readwrite', (store) => store.add(scan));

export const saveScan = (scan: QueuedScan): Promise<IDBValidKey> =>
  run('readwrite', (store) => store.put(scan));

export const forgetScan = (seq: number): Promise<undefined> =>
  run('readwrite', (store) => store.delete(seq));

/**
 * Forgets what the next person at the counter must not see: answered scans of other clerks
 * and this clerk's older ones (all of them when `signingOut`). Unsent scans stay: they go
 * when their own clerk signs in again.
 */
export async function pruneScans(userId: string, signingOut = false): Promise<void> {
  const scans = await everyScan();
  for (const seq of scansToForget(scans, userId, new Date(), signingOut)) await forgetScan(seq);
}
