import { INestApplication } from '@nestjs/common';
import bwipjs from 'bwip-js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Page } from '@playwright/test';
import request from 'supertest';
import { createTestApp } from './support/app';
import { ARTIFACTS, launchChromium } from './support/browser';
import { createSchoolWorld, dispatchCodes, get, SchoolWorld, server } from './support/factories';
import { binary } from './support/pdf';
import { photograph, rasterArea, stillVideo } from './support/photo';
import { say } from './support/catalogue';
import {
  afterAll,
  beforeAll,
  describe,
  expect,
  it,
  seriousViolations,
  serve,
  signIn,
} from './support/web';

const MM = 72 / 25.4;
/** The cover's envelope window with a margin: what a clerk's phone frames. */
const AROUND_WINDOW = { x: 10 * MM, y: 35 * MM, width: 105 * MM, height: 65 * MM };

/**
 * Scanning with a phone's camera: a real packet cover, rendered, photographed badly (tilt, a
 * skewed view, blur, noise, dull light, JPEG), played by Chromium's fake camera into the
 * clerk's station, decoded by the app's own decoder (ZXing's WebAssembly: Debian's Chromium
 * has no BarcodeDetector) and recorded only when its check digit is right.
 */
describe('web app: scanning with the camera (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let base: string;
  let code: string;
  let corrupted: string;
  const videos = mkdtempSync(join(tmpdir(), 'kazpost-camera-'));

  beforeAll(async () => {
    app = await createTestApp();
    base = await serve(app);
    world = await createSchoolWorld(app, { pupils: 1 });
    [code] = await dispatchCodes(app, world);
    const pdf = (
      await request(server(app))
        .get(`/packets/${code}/pdf`)
        .set('Authorization', `Bearer ${world.teacher.token}`)
        .buffer(true)
        .parse(binary)
        .expect(200)
    ).body as Buffer;
    // The same code with its check digit moved on by one: a misprint or a misread.
    corrupted = `${code.slice(0, 10)}${(Number(code[10]) + 1) % 10}${code.slice(11)}`;
    const wrongLabel = await bwipjs.toBuffer({
      bcid: 'code128',
      text: corrupted,
      scale: 3,
      height: 14,
      includetext: true,
      paddingwidth: 20,
      paddingheight: 20,
      backgroundcolor: 'FFFFFF',
    });
    await mkdir(ARTIFACTS, { recursive: true });
    for (const [name, image] of [
      ['cover', await rasterArea(pdf, 1, AROUND_WINDOW)],
      ['corrupted', wrongLabel],
    ] as const) {
      const photo = await photograph(image);
      writeFileSync(join(ARTIFACTS, `camera-${name}-photo.jpg`), photo);
      writeFileSync(join(videos, `${name}.y4m`), await stillVideo(photo));
    }
  });
  afterAll(async () => {
    rmSync(videos, { recursive: true, force: true });
    await app.close();
  });

  /** A Chromium whose camera films the given photo (none given: no permission is granted). */
  async function openStation(video?: string) {
    const fakeCamera = ['--use-fake-device-for-media-stream'];
    const args = video
      ? [
          ...fakeCamera,
          '--use-fake-ui-for-media-stream',
          `--use-file-for-fake-video-capture=${video}`,
        ]
      : fakeCamera;
    const browser = await launchChromium(undefined, args);
    const page = await browser.context.newPage();
    // Always the WebAssembly decoder, even in a Chromium that has BarcodeDetector.
    await page.addInitScript(
      () => delete (window as { BarcodeDetector?: unknown }).BarcodeDetector,
    );
    const wasm: string[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.wasm')) wasm.push(`${response.status()} ${response.url()}`);
    });
    await signIn(page, base, world.clerk.login);
    await page.goto(`${base}/app/station`);
    await page.getByLabel(say('station.event')).selectOption({ label: say('status.posted') });
    await page.getByRole('button', { name: say('camera.open') }).click();
    return { browser, page, wasm };
  }

  const scanList = (page: Page) => page.locator('ol.scanned li');

  it('reads the printed cover through a poor phone photo and records the scan', async () => {
    const { browser, page, wasm } = await openStation(join(videos, 'cover.y4m'));
    try {
      await page
        .getByRole('status')
        .filter({ hasText: say('camera.read', { code }) })
        .waitFor();
      await scanList(page)
        .filter({ hasText: `${code} — ${say('status.posted')}: ${say('station.applied')}` })
        .waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, 'web-camera-station.png'), fullPage: true });
      // Held in view, the same code is handed over once.
      await expect(scanList(page)).toHaveCount(1);
      await page.getByRole('button', { name: say('camera.close') }).click();
      await expect(page.getByLabel(say('camera.view'))).toHaveCount(0);
      const packet = await get<{ status: string }>(app, world.teacher.token, `/packets/${code}`);
      expect(packet.status).toBe('posted');
      // ZXing's WebAssembly came from the app's own build, on the service's origin.
      expect(wasm).toEqual([
        expect.stringMatching(new RegExp(`^200 ${base}/app/assets/zxing_reader-`)),
      ]);
    } finally {
      await browser.close();
    }
  });

  it('tells a photographed code with a wrong check digit and never records it', async () => {
    const { browser, page } = await openStation(join(videos, 'corrupted.y4m'));
    try {
      await page
        .getByRole('status')
        .filter({ hasText: say('camera.misread', { code: corrupted }) })
        .waitFor();
      await page.screenshot({ path: join(ARTIFACTS, 'web-camera-misread.png'), fullPage: true });
      await expect(scanList(page)).toHaveCount(0);
    } finally {
      await browser.close();
    }
  });

  it('says so in plain words when the camera is not allowed', async () => {
    const { browser, page } = await openStation();
    try {
      await page
        .getByRole('alert')
        .filter({ hasText: say('camera.refused') })
        .waitFor();
    } finally {
      await browser.close();
    }
  });
});
