import { ChildProcess } from 'node:child_process';
import request from 'supertest';
import { TEST_ADMIN } from './support/app';
import { kill, serverPort, startServer } from './support/server-process';
import { waitFor } from './support/wait';

/** The service as it runs, logging at info: one JSON line per request, no secret in any. */
describe('request logs (e2e)', () => {
  const output: string[] = [];
  let child: ChildProcess;
  let url: string;

  beforeAll(async () => {
    const port = serverPort();
    url = `http://127.0.0.1:${port}`;
    child = await startServer(process.env.TEST_DATABASE_URL, port, {
      logLevel: 'info',
      output,
    });
  });
  afterAll(() => kill(child));

  it('logs each request as structured JSON without passwords or tokens', async () => {
    const login = await request(url).post('/auth/login').send(TEST_ADMIN).expect(200);
    const token = (login.body as { accessToken: string }).accessToken;
    await request(url).get('/subjects?grade=5').set('Authorization', `Bearer ${token}`).expect(200);
    // The log line comes through the child's stdout a moment after the answer.
    await waitFor(
      () => output.join(''),
      (text) => text.includes('/subjects?grade=5'),
      {
        what: "the request's log line",
      },
    );
    const lines = output
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('{'));
    const requests = lines
      .map(
        (line) =>
          JSON.parse(line) as {
            req?: { method: string; url: string };
            res?: { statusCode: number };
          },
      )
      .filter((entry) => entry.req);
    expect(
      requests.map((entry) => `${entry.req?.method} ${entry.req?.url} ${entry.res?.statusCode}`),
    ).toEqual(expect.arrayContaining(['POST /auth/login 200', 'GET /subjects?grade=5 200']));
    const everything = output.join('');
    expect(everything).not.toContain(TEST_ADMIN.password);
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(token.split('.')[2]);
  });
});
