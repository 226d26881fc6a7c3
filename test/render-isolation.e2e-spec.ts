import { INestApplication } from '@nestjs/common';
import { PassThrough } from 'node:stream';
import request from 'supertest';
import { PacketRenderer } from '@/rendering/packet-renderer';
import { PacketSnapshot } from '@/rendering/packet-snapshot';
import { RenderPool } from '@/rendering/render-pool';
import { createTestApp } from './support/app';
import {
  caseBody,
  createSchoolWorld,
  dispatchCodes,
  get,
  SchoolWorld,
  server,
} from './support/factories';
import { binary, pdfPageCount, pdfText } from './support/pdf';
import { waitFor } from './support/wait';

/**
 * PDFs are drawn in render threads, so a teacher's download never stalls a clerk's scans;
 * previews and renders are limited per person and per process.
 */
describe('rendering off the event loop, within limits (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let pool: RenderPool;
  // One thread per lane and three waiting: the tests fill them on purpose.
  beforeAll(async () => {
    app = await createTestApp({ RENDER_THREADS: '1', RENDER_QUEUE: '3' });
    world = await createSchoolWorld(app, { pupils: 2 });
    pool = app.get(RenderPool);
  });
  afterAll(() => app.close());

  /** Holds one place of the quick lane until `release` is called (a render with no end yet). */
  const holdQuickLane = (): { release: () => void; done: Promise<void> } => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const none: PacketSnapshot[] = [];
    async function* nothingYet(): AsyncGenerator<PacketSnapshot> {
      await released;
      yield* none;
    }
    const done = pool.renderPackets('quick', nothingYet(), () => new PassThrough().resume(), {
      title: 'held',
      language: 'kk',
    });
    return { release, done };
  };

  const preview = (token: string, topic: string): request.Test =>
    request(server(app))
      .post('/cases/preview.pdf')
      .set('Authorization', `Bearer ${token}`)
      .send(caseBody(world, { topic }))
      .buffer(true)
      .parse(binary);

  const untilQuickLoad = async (load: number): Promise<void> => {
    await waitFor(
      () => pool.load().quick,
      (quick) => quick === load,
      {
        what: `${load} PDFs in the quick lane`,
        intervalMs: 1,
      },
    );
  };

  it('keeps one preview in flight per person: a newer one replaces the one waiting', async () => {
    const held = holdQuickLane();
    const older = preview(world.teacher.token, 'Бірінші нұсқа').then((r) => r);
    await untilQuickLoad(2);
    const colleague = preview(world.director.token, 'Директордың нұсқасы').then((r) => r);
    await untilQuickLoad(3);
    const newer = preview(world.teacher.token, 'Соңғы нұсқа').then((r) => r);
    const replaced = await older;
    expect(replaced.status).toBe(409);
    expect(JSON.parse(String(replaced.body))).toMatchObject({ code: 'render.superseded' });
    held.release();
    await held.done;
    const [latest, other] = await Promise.all([newer, colleague]);
    expect(latest.status).toBe(200);
    expect(await pdfText(latest.body as Buffer)).toContain('Соңғы нұсқа');
    expect(other.status).toBe(200);
    expect(await pdfText(other.body as Buffer)).toContain('Директордың нұсқасы');
  });

  it('answers 429 with Retry-After when the process has as many renders as it takes', async () => {
    const held = [holdQuickLane(), holdQuickLane(), holdQuickLane(), holdQuickLane()];
    await untilQuickLoad(4);
    const refused = await preview(world.teacher.token, 'Тым көп').expect(429);
    expect(refused.headers['retry-after']).toBe('2');
    expect(refused.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(String(refused.body))).toMatchObject({
      code: 'render.busy',
      details: { retryAfterSeconds: 2 },
    });
    for (const hold of held) hold.release();
    await Promise.all(held.map((hold) => hold.done));
    await preview(world.teacher.token, 'Енді болады').expect(200);
  });

  it('draws every PDF in a render thread, never on the thread that answers requests', async () => {
    const drawnHere = ['renderPackets', 'renderCasePreview', 'renderManifest'].map((method) =>
      vi.spyOn(PacketRenderer.prototype, method as keyof PacketRenderer),
    );
    const codes = await dispatchCodes(app, world);
    const { items } = await get<{ items: { id: string }[] }>(
      app,
      world.teacher.token,
      `/dispatches?classId=${world.classId}`,
    );
    const fetchPdf = async (url: string): Promise<Buffer> =>
      (
        await request(server(app))
          .get(url)
          .set('Authorization', `Bearer ${world.teacher.token}`)
          .buffer(true)
          .parse(binary)
          .expect(200)
      ).body as Buffer;
    const classRun = await fetchPdf(`/dispatches/${items[0].id}/packets.pdf`);
    expect(await pdfText(classRun)).toContain(codes[1]);
    expect(await pdfPageCount(classRun)).toBeGreaterThanOrEqual(4);
    expect(await pdfText(await fetchPdf(`/dispatches/${items[0].id}/manifest.pdf`))).toContain(
      'Оқушы Б Қайратұлы',
    );
    expect(await pdfText(await fetchPdf(`/packets/${codes[0]}/pdf`))).toContain(codes[0]);
    await preview(world.teacher.token, 'Ағынсыз').expect(200);
    for (const spy of drawnHere) expect(spy).not.toHaveBeenCalled();
  });
});
