import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

/** One operation as Kazpost's tracking lists it under a day. */
export interface KazpostActivity {
  time: string;
  status: string[];
  zip: string;
  name: string;
  city: string;
}

/** How the server answers one item (or every item). */
export type Behaviour = 'history' | 'down' | 'slow' | 'malformed' | 'wrong_shape';

/**
 * A server on 127.0.0.1 speaking the format of Kazpost's tracking service:
 * `GET /api/v2/{code}/events` -> `{ events: [{ date, activity: [{ time, status: [code], zip,
 * name, city }] }] }`, `{ error }` with 404 for an item it does not know. It can also be down
 * (503), slow (answers after `slowMs`), or answer garbage, for one item or all.
 */
export class TestKazpost {
  private server?: Server;
  private readonly histories = new Map<string, Map<string, KazpostActivity[]>>();
  private readonly behaviours = new Map<string, Behaviour>();
  /** Codes asked about, in order. */
  readonly asked: string[] = [];
  everyone: Behaviour = 'history';
  slowMs = 3000;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.answer(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** Adds an operation to an item's history, at a Kazakhstan (UTC+5) time. */
  record(code: string, operation: string, at: Date, office: { zip: string; name: string }): void {
    const local = new Date(at.getTime() + 5 * 3_600_000).toISOString();
    const days = this.histories.get(code) ?? new Map<string, KazpostActivity[]>();
    const date = local.slice(0, 10);
    days.set(date, [
      ...(days.get(date) ?? []),
      {
        time: local.slice(11, 19),
        status: [operation],
        zip: office.zip,
        name: office.name,
        city: 'Алматы',
      },
    ]);
    this.histories.set(code, days);
  }

  /** Kazpost knows the item, with no operation yet. */
  known(code: string): void {
    this.histories.set(code, this.histories.get(code) ?? new Map());
  }

  behave(code: string, behaviour: Behaviour): void {
    this.behaviours.set(code, behaviour);
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/api\/v2\/([A-Z0-9]+)\/events$/.exec(req.url ?? '');
    if (req.method !== 'GET' || !match) return this.send(res, 404, { error: 'Not found' });
    const code = match[1];
    this.asked.push(code);
    const behaviour =
      this.everyone === 'history' ? (this.behaviours.get(code) ?? 'history') : this.everyone;
    switch (behaviour) {
      case 'down':
        return this.send(res, 503, { error: 'Service unavailable' });
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, this.slowMs));
        return this.send(res, 200, { events: [] });
      case 'malformed':
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end('{"events": [{"date": "2026-');
        return;
      case 'wrong_shape':
        return this.send(res, 200, { events: 'none' });
      case 'history':
        return this.history(code, res);
    }
  }

  private history(code: string, res: ServerResponse): void {
    const days = this.histories.get(code);
    if (!days) return this.send(res, 404, { error: 'Трек-номер не найден' });
    // Kazpost lists the latest day first.
    const events = [...days.entries()]
      .sort(([a], [b]) => b.localeCompare(a))
      .map(([date, activity]) => ({ date, activity: [...activity].reverse() }));
    this.send(res, 200, { events });
  }

  private send(res: ServerResponse, status: number, body: unknown): void {
    if (res.destroyed) return;
    res
      .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
      .end(JSON.stringify(body));
  }
}
