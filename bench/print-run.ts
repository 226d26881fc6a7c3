import 'reflect-metadata';
import { Writable } from 'node:stream';
import { PacketRenderer } from '../src/rendering/packet-renderer';
import { samplePacket } from './sample-packet';

/** One print run of N packets in its own process, so its peak RSS is its own. Prints JSON. */
async function main(): Promise<void> {
  const packets = Number(process.argv[2] ?? 1000);
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
      for (let i = 0; i < packets; i++) yield samplePacket(30_000_000 + i);
    })(),
    sink,
    { title: 'bench', language: 'kk' },
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
