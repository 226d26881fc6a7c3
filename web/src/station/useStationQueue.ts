import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { refreshResources } from '../api/resources';
import { addScan, allScans, pruneScans, QueuedScan } from './queue';
import { syncStation } from './sync';

/**
 * The clerk's scans as the browser keeps them, sent when the service can be reached (at once,
 * when the connection returns, and every 15 s); lists that show the office's packets are
 * fetched again once scans are answered.
 */
export function useStationQueue(userId: string) {
  const queries = useQueryClient();
  // Undefined until the browser's queue has been read: no count is shown before it is known.
  const [scans, setScans] = useState<QueuedScan[]>();
  const [browserOnline, setOnline] = useState(navigator.onLine);
  const [reachable, setReachable] = useState(true);
  const refresh = useCallback(async () => setScans(await allScans(userId)), [userId]);
  const send = useCallback(async () => {
    const { reachable, sent } = await syncStation(userId);
    setReachable(reachable);
    if (sent > 0) await refreshResources(queries, ['packets']);
    await refresh();
  }, [refresh, userId, queries]);
  useEffect(() => {
    void pruneScans(userId).then(send);
    const up = () => {
      setOnline(true);
      void send();
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    const timer = setInterval(() => void send(), 15_000);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
      clearInterval(timer);
    };
  }, [send, userId]);
  const add = async (scan: QueuedScan) => {
    await addScan(scan);
    await refresh();
    if (!scan.result && navigator.onLine) void send();
  };
  return { scans, online: browserOnline && reachable, add };
}
