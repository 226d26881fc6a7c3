/**
 * The traffic of bench:hostile, run in its own process: /health asked every 20 ms, while two
 * senders take turns through the hostile shapes. Bounded in time and count; 127.0.0.1 only.
 */
export interface HostilePass {
  url: string;
  durationMs: number;
  hostile: boolean;
}

export interface HostileResult {
  health: { count: number; p50: number; p99: number; max: number; failed: number };
  hostile: Record<string, { sent: number; statuses: Record<number, number> }>;
}

const MAX_HOSTILE_REQUESTS = 2_000;
const HEALTH_EVERY_MS = 20;

const boundary = 'hostileboundary';
const SHAPES: Record<string, () => { path: string; type: string; body: string | Buffer }> = {
  '150k keys': () => ({
    path: '/auth/login',
    type: 'application/json',
    body: `{${Array.from({ length: 150_000 }, (_, i) => `"k${i}":1`).join(',')}}`,
  }),
  '10k deep': () => ({
    path: '/scans',
    type: 'application/json',
    body: '['.repeat(10_000) + ']'.repeat(10_000),
  }),
  'million-item list': () => ({
    path: '/scans/batch',
    type: 'application/json',
    body: `{"scans":[${'1,'.repeat(999_999)}1]}`,
  }),
  'broken multipart': () => ({
    path: '/scans',
    type: `multipart/form-data; boundary=${boundary}`,
    body: `--${boundary}\r\nContent-Disposition: form-da`,
  }),
  'form on login': () => ({
    path: '/auth/login',
    type: `multipart/form-data; boundary=${boundary}`,
    body: `--${boundary}\r\nContent-Disposition: form-data; name="login"\r\n\r\nadmin\r\n--${boundary}--\r\n`,
  }),
  '9 MB upload, no token': () => ({
    path: '/students/import',
    type: `multipart/form-data; boundary=${boundary}`,
    body: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="r.csv"\r\n\r\n`,
      ),
      Buffer.alloc(9 * 2 ** 20, 'a'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  }),
};

async function run(pass: HostilePass): Promise<HostileResult> {
  const stopAt = Date.now() + pass.durationMs;
  const bodies = Object.fromEntries(Object.entries(SHAPES).map(([name, make]) => [name, make()]));
  const hostile: HostileResult['hostile'] = {};
  let sent = 0;
  const sender = async (offset: number): Promise<void> => {
    const names = Object.keys(bodies);
    for (let i = offset; Date.now() < stopAt && sent < MAX_HOSTILE_REQUESTS; i++) {
      const name = names[i % names.length];
      const { path, type, body } = bodies[name];
      sent++;
      const status = await fetch(`${pass.url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': type },
        body,
      })
        .then(async (response) => {
          await response.arrayBuffer();
          return response.status;
        })
        .catch(() => 0);
      const tally = (hostile[name] ??= { sent: 0, statuses: {} });
      tally.sent++;
      tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
    }
  };
  const [health] = await Promise.all([
    probeHealth(pass.url, stopAt),
    ...(pass.hostile ? [sender(0), sender(3)] : []),
  ]);
  return { health, hostile };
}

async function probeHealth(url: string, stopAt: number): Promise<HostileResult['health']> {
  const times: number[] = [];
  let failed = 0;
  while (Date.now() < stopAt) {
    const started = performance.now();
    const ok = await fetch(`${url}/health`)
      .then(async (response) => {
        await response.arrayBuffer();
        return response.ok;
      })
      .catch(() => false);
    times.push(performance.now() - started);
    if (!ok) failed++;
    await new Promise((resolve) => setTimeout(resolve, HEALTH_EVERY_MS));
  }
  times.sort((a, b) => a - b);
  const at = (q: number): number =>
    round(times[Math.min(times.length - 1, Math.floor(q * times.length))]);
  return {
    count: times.length,
    p50: at(0.5),
    p99: at(0.99),
    max: round(times[times.length - 1]),
    failed,
  };
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

process.on('message', (pass: HostilePass) => {
  void run(pass).then((result) => process.send?.(result));
});
