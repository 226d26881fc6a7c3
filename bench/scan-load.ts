import autocannon from 'autocannon';

/**
 * The load generator, in its own process for the whole benchmark: it takes one pass at a
 * time from its parent (POST /scans, each request a different packet) and answers with the
 * figures. One process for every pass, so its own start-up (code not yet optimised) falls in
 * the warm-up pass and not in the measured ones.
 */
export interface LoadPass {
  url: string;
  token: string;
  codes: string[];
  event: string;
  connections: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function run(pass: LoadPass): Promise<LoadResult> {
  let next = 0;
  let lastResponseAt = 0;
  const started = performance.now();
  const result = await autocannon({
    url: `${pass.url}/scans`,
    connections: pass.connections,
    amount: pass.codes.length,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${pass.token}` },
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ code: pass.codes[next++ % pass.codes.length], event: pass.event }),
        }),
        onResponse: () => {
          lastResponseAt = performance.now();
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    // autocannon finishes on its one-second tick: time the responses themselves.
    seconds: (lastResponseAt - started) / 1000,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

process.on('message', (pass: LoadPass) => {
  void run(pass).then((result) => process.send?.(result));
});
