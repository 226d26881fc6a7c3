import 'reflect-metadata';
import { Writable } from 'node:stream';
import { ManifestRow } from '../src/rendering/manifest-layout';
import { PacketRenderer } from '../src/rendering/packet-renderer';
import { samplePacket } from './sample-packet';
import { decodeClean, decodeDegraded } from '../test/support/pdf';
import { machine } from './support';

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

/** One page's codes at one resolution: clean, then over every degraded setting. */
async function measure(pdf: Buffer, page: number, dpi: number, codes: string[]): Promise<string> {
  const clean = await decodeClean(pdf, page, dpi);
  const degraded = await decodeDegraded(pdf, page, { dpi });
  const readIn = (found: string[]) => codes.filter((code) => found.includes(code)).length;
  const read = degraded.reduce((sum, { codes: found }) => sum + readIn(found), 0);
  const short = degraded
    .filter(({ codes: found }) => readIn(found) < codes.length)
    .map(({ setting }) => `blur ${setting.blur} at ${setting.threshold} %`);
  const total = codes.length * degraded.length;
  return `clean ${readIn(clean)}/${codes.length}; degraded ${read}/${total} codes read (${((100 * read) / total).toFixed(1)} %) over ${degraded.length} settings${short.length ? `; short at ${short.join(', ')}` : ''}`;
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
  const kinds = [
    { kind: 'cover', pdf: packetPdf, page: 1, codes: [packet.code] },
    { kind: 'return slip', pdf: packetPdf, page: 5, codes: [packet.code] },
    { kind: 'manifest (first page)', pdf: manifestPdf, page: 1, codes: rows.map((r) => r.code) },
  ];
  for (const dpi of DPIS)
    for (const { kind, pdf, page, codes } of kinds)
      console.log(`${dpi} dpi, ${kind}: ${await measure(pdf, page, dpi, codes)}`);
}

void main();
