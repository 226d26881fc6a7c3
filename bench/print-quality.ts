import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { ManifestRow } from '../src/rendering/manifest-layout';
import { PacketRenderer } from '../src/rendering/packet-renderer';
import { samplePacket } from './sample-packet';
import { machine } from './support';

const run = promisify(execFile);
/** Debian's ImageMagick (a stand-in named convert may come first on the PATH). */
const IMAGEMAGICK = '/usr/bin/convert-im6.q16';
const BLURS = [0.7, 1.0, 1.3];
const THRESHOLDS = [50, 60, 65, 70, 75];
const DPIS = [150, 120];
const MANIFEST_ROWS = 20;

/** A whole PDF from the renderer, in memory. */
async function pdfOf(render: (out: Writable) => Promise<void>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await render(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    }),
  );
  return Buffer.concat(chunks);
}

/**
 * What a cheap printer and a tired scanner see (as test/support/pdf.ts's decodeDegraded):
 * the page at `dpi`, turned 2 degrees, blurred, faded 20 %, cut to 1 bit; decoded by zbar.
 */
async function readDegraded(
  file: string,
  dir: string,
  page: number,
  dpi: number,
  setting?: { blur: number; threshold: number },
): Promise<Set<string>> {
  const stem = `${basename(file, '.pdf')}-p${page}-${dpi}`;
  const base = join(dir, stem);
  if (!(await readdir(dir)).some((f) => f.startsWith(stem)))
    await run('pdftoppm', [
      '-r',
      String(dpi),
      '-gray',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      '-png',
      file,
      base,
    ]);
  const degraded = join(dir, 'degraded.png');
  const steps = setting
    ? [
        ...['-background', 'white', '-rotate', '2'],
        ...['-blur', `0x${setting.blur}`],
        ...['-fill', 'white', '-colorize', '20%'],
        ...['-threshold', `${setting.threshold}%`, '-monochrome'],
      ]
    : [];
  await run(IMAGEMAGICK, [`${base}.png`, ...steps, degraded]);
  const { stdout } = await run('zbarimg', [
    '--quiet',
    '--raw',
    '-Sdisable',
    '-Scode128.enable',
    degraded,
  ]).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  return new Set(stdout.split('\n').filter(Boolean));
}

async function main(): Promise<void> {
  console.log(`machine: ${machine()}`);
  const renderer = new PacketRenderer();
  const packet = samplePacket(10_000_000);
  const packetPdf = await pdfOf((out) =>
    renderer.renderPackets([packet], out, { title: 'quality', language: 'kk' }),
  );
  const rows: ManifestRow[] = Array.from({ length: MANIFEST_ROWS }, (_, i) => {
    const pupil = samplePacket(10_000_000 + i);
    return {
      no: i + 1,
      code: pupil.code,
      recipient: pupil.student.fullName,
      delivery: pupil.student.delivery,
      address: pupil.student.address,
      postcode: pupil.student.postcode,
      office: pupil.student.office.name,
      phone: pupil.student.guardianPhone,
    };
  });
  const manifestPdf = await pdfOf((out) =>
    renderer.renderManifest(
      {
        title: 'quality',
        language: 'kk',
        school: packet.school,
        classLabel: '5 Ә',
        madeOn: '2026-12-04',
        rows,
      },
      out,
    ),
  );
  const dir = await mkdtemp(join(tmpdir(), 'bench-quality-'));
  try {
    await writeFile(join(dir, 'packet.pdf'), packetPdf);
    await writeFile(join(dir, 'manifest.pdf'), manifestPdf);
    const kinds = [
      { kind: 'cover', file: 'packet.pdf', page: 1, codes: [packet.code] },
      { kind: 'return slip', file: 'packet.pdf', page: 5, codes: [packet.code] },
      {
        kind: 'manifest (first page)',
        file: 'manifest.pdf',
        page: 1,
        codes: rows.map((r) => r.code),
      },
    ];
    for (const dpi of DPIS)
      for (const { kind, file, page, codes } of kinds) {
        const path = join(dir, file);
        const clean = await readDegraded(path, dir, page, dpi);
        let read = 0;
        let settings = 0;
        for (const blur of BLURS)
          for (const threshold of THRESHOLDS) {
            const found = await readDegraded(path, dir, page, dpi, { blur, threshold });
            read += codes.filter((code) => found.has(code)).length;
            settings++;
          }
        const total = codes.length * settings;
        console.log(
          `${dpi} dpi, ${kind}: clean ${codes.filter((c) => clean.has(c)).length}/${codes.length}; degraded ${read}/${total} codes read (${((100 * read) / total).toFixed(1)} %) over ${settings} settings`,
        );
      }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

void main();
