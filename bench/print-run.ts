import 'reflect-metadata';
import { Writable } from 'node:stream';
import { PacketRenderer } from '../src/rendering/packet-renderer';
import { PacketSnapshot } from '../src/rendering/packet-snapshot';
import { preparePicture } from '../src/rendering/picture-prepare';
import { Pictures } from '../src/rendering/render-task';
import { jpegPicture, pngPicture } from '../test/support/pictures';
import { samplePacket } from './sample-packet';

/** Two print-ready pictures (a wide photo-like JPEG, a tall PNG drawing), made once as at upload. */
function samplePictures(): Pictures {
  const pictures: Pictures = new Map();
  for (const [id, bytes] of [
    ['bench-wide', jpegPicture(2400, 1500)],
    ['bench-tall', pngPicture(900, 1400)],
  ] as const) {
    const prepared = preparePicture(bytes);
    if (!prepared.ok) throw new Error(prepared.problem);
    pictures.set(id, prepared.picture.png);
  }
  return pictures;
}

/** The sample packet with both pictures in its second case. */
function withPictures(snapshot: PacketSnapshot, pictures: Pictures): PacketSnapshot {
  const images = [...pictures.keys()].map((id, i) => ({
    id,
    caption: `Сурет ${i + 1}. Үлгі`,
    width: i === 0 ? 1600 : 900,
    height: i === 0 ? 1000 : 1400,
  }));
  return {
    ...snapshot,
    cases: snapshot.cases.map((c, i) => (i === 1 ? { ...c, images } : c)),
  };
}

/** One print run of N packets in its own process, so its peak RSS is its own. Prints JSON. */
async function main(): Promise<void> {
  const packets = Number(process.argv[2] ?? 1000);
  const pictures =
    process.argv[3] === 'pictures' ? samplePictures() : new Map<string, Uint8Array>();
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  const renderer = new PacketRenderer();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let pages = 0;
  await renderer.renderPackets(
    (function* () {
      for (let i = 0; i < packets; i++) {
        const packet = samplePacket(30_000_000 + i);
        yield pictures.size > 0 ? withPictures(packet, pictures) : packet;
      }
    })(),
    sink,
    { title: 'bench', language: 'kk' },
    pictures,
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  // CPU time as well as wall time: on a shared, busy machine the wall time counts the waits.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  pages = packets * 6; // cover, three cases, return slip, and the blank back page for duplex
  console.log(
    JSON.stringify({
      packets,
      pages,
      seconds,
      cpuSeconds,
      bytes,
      peakRss: process.resourceUsage().maxRSS * 1024,
    }),
  );
}

void main();
