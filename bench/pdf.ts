import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { chromium } from 'playwright-core';
import { PacketRenderer } from '../src/rendering/packet-renderer';
import { packetHtml } from './html-packet';
import { samplePacket } from './sample-packet';
import { machine, mb } from './support';

const SINGLE_RUNS = 200;
const CHROMIUM_RUNS = 40;
const RUN_SIZES = [100, 1000, 5000];

const nullSink = (): Writable => new Writable({ write: (_chunk, _encoding, done) => done() });
const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

interface Timings {
  wall: number[];
  cpu: number[];
}

async function singlePacket(): Promise<Timings> {
  const renderer = new PacketRenderer();
  await renderer.renderPackets([samplePacket(10_000_000)], nullSink(), {
    title: 'warm-up',
    language: 'kk',
  });
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < SINGLE_RUNS; i++) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    await renderer.renderPackets([samplePacket(10_000_001 + i)], nullSink(), {
      title: 'single',
      language: 'kk',
    });
    const used = process.cpuUsage(cpuBefore);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

interface RunResult {
  packets: number;
  pages: number;
  seconds: number;
  cpuSeconds: number;
  bytes: number;
  peakRss: number;
}

function printRun(packets: number, pictures = false): RunResult {
  const output = execFileSync(
    process.execPath,
    [
      // Benchmarks run from their build (`npm run build:scripts`), so the print run is a .js.
      join(__dirname, 'print-run.js'),
      String(packets),
      ...(pictures ? ['pictures'] : []),
    ],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(output.trim().split('\n').pop() as string) as RunResult;
}

async function chromiumPackets(): Promise<number[]> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage();
    const times: number[] = [];
    for (let i = 0; i < CHROMIUM_RUNS + 3; i++) {
      const started = performance.now();
      await page.setContent(packetHtml(samplePacket(40_000_000 + i)));
      await page.pdf({ format: 'A4', printBackground: true });
      if (i >= 3) times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b);
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`machine: ${machine()}`);
  const single = await singlePacket();
  const p50 = percentile(single.wall, 50);
  console.log(
    `single packet (cover, 3 one-page cases, return slip; ${SINGLE_RUNS} runs): p50 ${p50.toFixed(1)} ms, p95 ${percentile(single.wall, 95).toFixed(1)} ms -> ${(1000 / p50).toFixed(1)} packets/s; CPU p50 ${percentile(single.cpu, 50).toFixed(1)} ms`,
  );
  for (const size of RUN_SIZES) {
    const run = printRun(size);
    console.log(
      `print run ${size} packets: ${run.seconds.toFixed(2)} s, ${run.pages} pages, ${(run.pages / run.seconds).toFixed(0)} pages/s (${(run.pages / run.cpuSeconds).toFixed(0)} per CPU second), ${mb(run.bytes)} PDF, peak RSS ${mb(run.peakRss)}`,
    );
  }
  // The same run with two pictures in one case of every packet (grey PNGs made once, as at upload).
  const plain = printRun(1000);
  const pictured = printRun(1000, true);
  console.log(
    `print run 1000 packets, two pictures in each: ${pictured.seconds.toFixed(2)} s, ${(pictured.cpuSeconds / plain.cpuSeconds).toFixed(2)}x the CPU of the run without (${plain.cpuSeconds.toFixed(2)} -> ${pictured.cpuSeconds.toFixed(2)} s), ${mb(pictured.bytes)} PDF (${mb(plain.bytes)} without), peak RSS ${mb(pictured.peakRss)}`,
  );
  const browser = await chromiumPackets();
  const browserP50 = percentile(browser, 50);
  console.log(
    `chromium (HTML + page.pdf, one browser reused, ${CHROMIUM_RUNS} runs): p50 ${browserP50.toFixed(1)} ms, p95 ${percentile(browser, 95).toFixed(1)} ms -> ${(1000 / browserP50).toFixed(1)} packets/s`,
  );
  console.log(`pdfkit vs chromium, single packet: ${(browserP50 / p50).toFixed(1)}x faster`);
}

void main();
