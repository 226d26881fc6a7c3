import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

/** The load generator, in its own process: POST /scans, each request a different packet. */
interface LoadPlan {
  url: string;
  token: string;
  codes: string[];
  event: string;
  connections: number;
}

async function main(): Promise<void> {
  const plan = JSON.parse(readFileSync(process.argv[2], 'utf8')) as LoadPlan;
  let next = 0;
  let lastResponseAt = 0;
  const started = performance.now();
  const result = await autocannon({
    url: `${plan.url}/scans`,
    connections: plan.connections,
    amount: plan.codes.length,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${plan.token}` },
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ code: plan.codes[next++ % plan.codes.length], event: plan.event }),
        }),
        onResponse: () => {
          lastResponseAt = performance.now();
        },
      },
    ],
  });
  console.log(
    JSON.stringify({
      requests: result.requests.total,
      // autocannon finishes on its one-second tick: time the responses themselves.
      seconds: (lastResponseAt - started) / 1000,
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
    }),
  );
}

void main();
