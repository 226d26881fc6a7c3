import AxeBuilder from '@axe-core/playwright';
import { INestApplication } from '@nestjs/common';
import bwipjs from 'bwip-js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import request from 'supertest';
import { createTestApp } from './support/app';
import { ARTIFACTS, launchChromium } from './support/browser';
import {
  createSchoolWorld,
  dispatchCodes,
  get,
  PASSWORD,
  SchoolWorld,
  server,
} from './support/factories';
import { binary } from './support/pdf';
import { photograph, rasterArea, stillVideo } from './support/photo';

const kk = JSON.parse(
  readFileSync(join(__dirname, '..', 'web', 'src', 'i18n', 'kk.json'), 'utf8'),
) as Record<string, string>;
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
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
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
    await page.goto(`${base}/app/`);
    await page.getByLabel(kk['signIn.login']).fill(world.clerk.login);
    await page.getByLabel(kk['signIn.password']).fill(PASSWORD);
    await page.getByRole('button', { name: kk['signIn.submit'] }).click();
    await page.getByRole('button', { name: kk.signOut }).waitFor();
    await page.goto(`${base}/app/station`);
    await page.getByLabel(kk['station.event']).selectOption({ label: kk['status.posted'] });
    await page.getByRole('button', { name: kk['camera.open'] }).click();
    return { browser, page, wasm };
  }

  const scanList = (page: Page) => page.locator('ol.scanned li');

  it('reads the printed cover through a poor phone photo and records the scan', async () => {
    const { browser, page, wasm } = await openStation(join(videos, 'cover.y4m'));
    try {
      await page
        .getByRole('status')
        .filter({ hasText: kk['camera.read'].replace('{code}', code) })
        .waitFor();
      await scanList(page)
        .filter({ hasText: `${code} — ${kk['status.posted']}: ${kk['station.applied']}` })
        .waitFor();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(
        violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => v.id),
      ).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, 'web-camera-station.png'), fullPage: true });
      // Held in view, the same code is handed over once.
      expect(await scanList(page).count()).toBe(1);
      await page.getByRole('button', { name: kk['camera.close'] }).click();
      expect(await page.getByLabel(kk['camera.view']).count()).toBe(0);
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
        .filter({ hasText: kk['camera.misread'].replace('{code}', corrupted) })
        .waitFor();
      await page.screenshot({ path: join(ARTIFACTS, 'web-camera-misread.png'), fullPage: true });
      expect(await scanList(page).count()).toBe(0);
    } finally {
      await browser.close();
    }
  });

  it('says so in plain words when the camera is not allowed', async () => {
    const { browser, page } = await openStation();
    try {
      await page.getByRole('alert').filter({ hasText: kk['camera.refused'] }).waitFor();
    } finally {
      await browser.close();
    }
  });
});
