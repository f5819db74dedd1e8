import net from 'node:net';
import { startApp, type App } from '../../../src/app/startApp';
import { createLogger } from '../../../src/logger';
import { testConfig } from '../../support/testConfig';
import { postGraphql } from '../../support/postGraphql';

const small = { query: '{ serverInfo { version } }' };

/** Opens a raw socket, writes `chunks`, and resolves with what came back and how long the server kept it open. */
function rawExchange(url: string, chunks: string[]): Promise<{ response: string; ms: number }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(Number(port), hostname, () => {
      for (const c of chunks) socket.write(c);
    });
    let response = '';
    socket.on('data', (d) => (response += d.toString('utf8')));
    socket.on('close', () => resolve({ response, ms: Date.now() - started }));
    socket.on('error', reject);
    socket.setTimeout(15_000, () => {
      socket.destroy();
      reject(new Error('server kept a stalled connection open for 15 s'));
    });
  });
}

describe('HTTP hardening with defaults', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(testConfig(), createLogger('silent'));
  });
  afterAll(() => app.stop());

  it('does not rate limit by default', async () => {
    for (let i = 0; i < 30; i++) {
      const res = await postGraphql(app.url, small);
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit-limit')).toBeNull();
    }
  });

  it('sends baseline security headers on JSON, health and 404 responses', async () => {
    for (const res of [await fetch(`${app.url}/healthz`), await fetch(`${app.url}/nope`), (await postGraphql(app.url, small)) as { headers: Headers }]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });

  it('gives the playground and explorer pages a same-origin content security policy', async () => {
    for (const page of ['/playground', '/explore']) {
      const res = await fetch(`${app.url}${page}`, { headers: { accept: 'text/html' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(csp).toContain("frame-ancestors 'none'");
      // No bundle, no check: that must fail, not pass quietly (npm test builds web/dist first).
      if (res.status !== 200) throw new Error(`${page} answered ${res.status}: is web/dist built? run npm run build:web`);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    }
  });

  it('runs a batch up to the cap and refuses a longer one with QUERY_TOO_COMPLEX', async () => {
    const ok = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([small, small]) });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as unknown[]).length).toBe(2);
    const res = await postGraphql(app.url, Array.from({ length: 6 }, () => small));
    expect(res.status).toBe(400);
    expect(res.json.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'batch', max: 5, found: 6 });
  });
});

describe('HTTP hardening with rate limiting, no batching and short timeouts', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(
      testConfig({ RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_MS: '2000', MAX_BATCH_OPERATIONS: '1', HTTP_HEADERS_TIMEOUT_MS: '1000', HTTP_REQUEST_TIMEOUT_MS: '2000' }),
      createLogger('silent'),
    );
  });
  afterAll(() => app.stop());

  it('answers 429 RATE_LIMITED with Retry-After past the limit, then lets the client in again', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await postGraphql(app.url, small);
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit-remaining')).toBe(String(2 - i));
    }
    const limited = await postGraphql(app.url, small);
    expect(limited.status).toBe(429);
    expect(limited.json.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 3, windowMs: 2000 });
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(2);
    // Health checks are never limited.
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 2100));
    expect((await postGraphql(app.url, small)).status).toBe(200);
  });

  it('refuses batches when batching is off', async () => {
    await new Promise((r) => setTimeout(r, 2100)); // a fresh rate-limit window
    const res = await postGraphql(app.url, [small, small]);
    expect(res.status).toBe(400);
    expect(res.json.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('drops a client that never finishes its headers (slowloris) after the headers timeout', async () => {
    const { ms } = await rawExchange(app.url, ['POST /graphql HTTP/1.1\r\nHost: localhost\r\nX-Slow: 1\r\n']);
    expect(ms).toBeGreaterThanOrEqual(900);
    expect(ms).toBeLessThan(5_000);
  });

  it('drops a client that never finishes its body after the request timeout', async () => {
    const { response, ms } = await rawExchange(app.url, [
      'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":',
    ]);
    expect(ms).toBeGreaterThanOrEqual(1_900);
    expect(ms).toBeLessThan(6_000);
    expect(response === '' || response.startsWith('HTTP/1.1 408')).toBe(true);
  });
});
