import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createStaticRoutes, type StaticRoutesOptions } from '../../../src/http/staticRoutes';

/** A bare node:http server running only the static routes (404 JSON for anything they decline). */
async function serve(options: StaticRoutesOptions): Promise<{ url: string; close(): Promise<void> }> {
  const route = createStaticRoutes(options);
  const server = http.createServer((req, res) => {
    if (!route(req, res)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('declined');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('static routes for the web bundle', () => {
  let dist: string;
  let app: Awaited<ReturnType<typeof serve>>;
  const bigJs = `console.log(${JSON.stringify('x'.repeat(5000))});`;

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'unsc-web-dist-'));
    fs.mkdirSync(path.join(dist, 'explore'));
    fs.mkdirSync(path.join(dist, 'playground'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'explore', 'index.html'), '<!doctype html><title>explorer</title>');
    fs.writeFileSync(path.join(dist, 'playground', 'index.html'), '<!doctype html><title>playground</title>');
    fs.writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), bigJs);
    fs.writeFileSync(path.join(dist, 'assets', 'style-abc123.css'), 'body{}');
    fs.writeFileSync(path.join(dist, 'assets', 'codicon-1.ttf'), Buffer.from([0, 1, 0, 0]));
    fs.writeFileSync(path.join(dist, 'secret.txt'), 'not for you');
    app = await serve({ distDir: dist, playground: true });
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('serves the explorer page at /explore and at every deep link (SPA fallback), never cached', async () => {
    for (const p of ['/explore', '/explore/', '/explore/resolution/2396', '/explore/graph/2396?depth=2', '/explore/search?q=%22x%22']) {
      const res = await fetch(`${app.url}${p}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('<title>explorer</title>');
    }
  });

  it('serves GraphiQL at /playground', async () => {
    const res = await fetch(`${app.url}/playground`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>playground</title>');
  });

  it('sends same-origin-only security headers with pages and assets', async () => {
    for (const p of ['/explore', '/assets/app-abc123.js']) {
      const res = await fetch(`${app.url}${p}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/https?:/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('serves hashed assets with their content type and a one-year immutable cache', async () => {
    const cases: Array<[string, string]> = [
      ['/assets/app-abc123.js', 'text/javascript; charset=utf-8'],
      ['/assets/style-abc123.css', 'text/css; charset=utf-8'],
      ['/assets/codicon-1.ttf', 'font/ttf'],
    ];
    for (const [p, type] of cases) {
      const res = await fetch(`${app.url}${p}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
  });

  it('gzips text assets for clients that accept it, and answers a matching ETag with 304', async () => {
    const raw = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(`${app.url}/assets/app-abc123.js`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(raw.body).toString()).toBe(bigJs);
    const etag = String(raw.headers.etag);
    const again = await fetch(`${app.url}/assets/app-abc123.js`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('answers a HEAD with headers and no body', async () => {
    const res = await fetch(`${app.url}/explore`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await res.text()).toBe('');
  });

  it('refuses other methods with 405 and a code', async () => {
    const res = await fetch(`${app.url}/explore`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(await res.json()).toMatchObject({ error: 'BAD_USER_INPUT' });
  });

  it('never serves anything outside dist/assets: traversal, dotfiles, unknown names are clean 404s', async () => {
    for (const p of ['/assets/../secret.txt', '/assets/%2e%2e%2fsecret.txt', '/assets/..%2Fsecret.txt', '/assets/.hidden', '/assets/missing-1.js', '/assets/']) {
      const res = await fetch(`${app.url}${p}`);
      expect(res.status).toBe(404);
      const body = await res.text();
      expect(body).not.toContain('not for you');
    }
  });

  it('leaves other paths to the next route', async () => {
    const res = await fetch(`${app.url}/graphql`);
    expect(await res.text()).toBe('declined');
    expect((await fetch(`${app.url}/explorer`)).status).toBe(404);
  });

  it('answers a clean 404 naming the build command when the bundle is not built', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'unsc-web-empty-'));
    const bare = await serve({ distDir: empty, playground: true });
    try {
      for (const p of ['/explore/resolution/1', '/playground', '/assets/app-abc123.js']) {
        const res = await fetch(`${bare.url}${p}`);
        expect(res.status).toBe(404);
        expect(res.headers.get('content-type')).toContain('application/json');
        expect(await res.json()).toMatchObject({ error: 'NOT_FOUND' });
      }
      const page = (await (await fetch(`${bare.url}/explore`)).json()) as { message: string };
      expect(page.message).toContain('npm run build:web');
    } finally {
      await bare.close();
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it('serves a rebuilt page without a restart (pages are re-read when their file changes)', async () => {
    const file = path.join(dist, 'explore', 'index.html');
    const before = await (await fetch(`${app.url}/explore`)).text();
    fs.writeFileSync(file, '<!doctype html><title>explorer, rebuilt with a longer title</title>');
    try {
      expect(await (await fetch(`${app.url}/explore`)).text()).toContain('rebuilt');
    } finally {
      fs.writeFileSync(file, before);
    }
  });

  it('hides the playground when PLAYGROUND=false but keeps the explorer', async () => {
    const off = await serve({ distDir: dist, playground: false });
    try {
      const res = await fetch(`${off.url}/playground`);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: 'NOT_FOUND', message: expect.stringContaining('PLAYGROUND') });
      expect((await fetch(`${off.url}/explore`)).status).toBe(200);
    } finally {
      await off.close();
    }
  });
});
