import { createHash } from 'node:crypto';
import { startApiApp, type ApiHarness } from '../../support/startApiApp';
import { startApp, type App } from '../../../src/app/startApp';
import { createLogger } from '../../../src/logger';
import { testConfig } from '../../support/testConfig';

/**
 * The API as a client on another origin, a browser cache, a CDN and a persisted-query client see it:
 * CORS, CSRF prevention, Cache-Control, ETag/304 and APQ, over real HTTP against the real server and Neo4j.
 */
const RESOLUTION_QUERY = '{ resolution(number: 2396) { number symbol title } }';
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

function getUrl(base: string, params: Record<string, unknown>): string {
  const search = new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  return `${base}/graphql?${search.toString()}`;
}

describe('CORS, caching and persisted queries on /graphql', () => {
  let api: ApiHarness;
  let url: string;
  beforeAll(async () => {
    api = await startApiApp();
    url = api.app.url;
  });
  afterAll(() => api.app.stop());

  describe('CORS (default: any origin, no credentials)', () => {
    it('answers a preflight with 204 and what a browser needs', async () => {
      const res = await fetch(`${url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'http://example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, apollo-require-preflight' },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-methods')).toMatch(/\bPOST\b/);
      expect(res.headers.get('access-control-allow-methods')).toMatch(/\bGET\b/);
      expect(res.headers.get('access-control-allow-headers')).toMatch(/content-type/);
      expect(res.headers.get('access-control-allow-headers')).toMatch(/apollo-require-preflight/);
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      expect(Number(res.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    });

    it('lets a cross-origin JSON POST read its answer', async () => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { origin: 'http://example.org', 'content-type': 'application/json' },
        body: JSON.stringify({ query: RESOLUTION_QUERY }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(res.headers.get('access-control-expose-headers')).toMatch(/etag/);
      expect(await res.json()).toMatchObject({ data: { resolution: { number: 2396, symbol: 'S/RES/2396 (2017)', title: expect.any(String) } } });
    });

    it('still refuses a simple cross-site form POST (Apollo CSRF prevention)', async () => {
      const forms: Array<[string, string]> = [
        ['application/x-www-form-urlencoded', `query=${encodeURIComponent(RESOLUTION_QUERY)}`],
        ['text/plain', JSON.stringify({ query: RESOLUTION_QUERY })],
        ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${RESOLUTION_QUERY}\r\n--x--\r\n`],
      ];
      for (const [type, body] of forms) {
        const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': type }, body });
        expect(res.status).toBe(400);
        const text = await res.text();
        expect(text).toMatch(/CSRF/);
        expect(text).not.toMatch(/S\/RES\/2396/);
      }
    });

    it('keeps CORS off the explorer and playground pages, which keep their same-origin policy', async () => {
      for (const path of ['/playground', '/explore']) {
        const res = await fetch(`${url}${path}`, { headers: { origin: 'http://example.org' } });
        expect(res.headers.get('access-control-allow-origin')).toBeNull();
        expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
        expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      }
    });
  });

  describe('HTTP caching', () => {
    it('marks a GET query public with the configured max-age, and a POST of the same query no-store', async () => {
      const get = await fetch(getUrl(url, { query: RESOLUTION_QUERY }), { headers: PREFLIGHT });
      expect(get.status).toBe(200);
      expect(get.headers.get('cache-control')).toBe('public, max-age=300');
      expect(get.headers.get('etag')).toMatch(/^"[\w-]{10,}"$/);
      const post = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: RESOLUTION_QUERY }) });
      expect(post.status).toBe(200);
      expect(post.headers.get('cache-control')).toBe('no-store');
      expect(post.headers.get('etag')).toBeNull();
    });

    it('answers If-None-Match with 304 and no body, and a changed query with 200', async () => {
      const first = await fetch(getUrl(url, { query: RESOLUTION_QUERY }), { headers: PREFLIGHT });
      const etag = first.headers.get('etag')!;
      const body = await first.text();
      const again = await fetch(getUrl(url, { query: RESOLUTION_QUERY }), { headers: { ...PREFLIGHT, 'if-none-match': etag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
      expect(again.headers.get('cache-control')).toBe('public, max-age=300');
      const weak = await fetch(getUrl(url, { query: RESOLUTION_QUERY }), { headers: { ...PREFLIGHT, 'if-none-match': `"other", W/${etag}` } });
      expect(weak.status).toBe(304);
      const other = await fetch(getUrl(url, { query: '{ resolution(number: 82) { number symbol title } }' }), { headers: { ...PREFLIGHT, 'if-none-match': etag } });
      expect(other.status).toBe(200);
      expect(other.headers.get('etag')).not.toBe(etag);
      expect(await other.text()).not.toBe(body);
    });

    it('never caches errors or the live serverInfo', async () => {
      const bad = await fetch(getUrl(url, { query: '{ search(query: "") { totalCount } }' }), { headers: PREFLIGHT });
      expect((await bad.json()) as object).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
      expect(bad.headers.get('cache-control')).toBe('no-store');
      expect(bad.headers.get('etag')).toBeNull();
      const invalid = await fetch(getUrl(url, { query: '{ nothingHere }' }), { headers: PREFLIGHT });
      expect(invalid.status).toBe(400);
      expect(invalid.headers.get('cache-control')).toBe('no-store');
      const live = await fetch(getUrl(url, { query: '{ serverInfo { version } resolution(number: 82) { number } }' }), { headers: PREFLIGHT });
      expect(live.status).toBe(200);
      expect(live.headers.get('cache-control')).toBe('no-store');
      expect(live.headers.get('if-none-match')).toBeNull();
    });

    it('refuses a mutation over GET (Apollo) without a cacheable answer', async () => {
      const res = await fetch(getUrl(url, { query: 'mutation { x }' }), { headers: PREFLIGHT });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.headers.get('cache-control')).toBe('no-store');
    });
  });

  describe('automatic persisted queries (APQ)', () => {
    const query = '{ resolution(number: 82) { number symbol year } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };

    it('asks for the query on an unknown hash, stores it once sent, then answers the hash alone over cacheable GET', async () => {
      const miss = await fetch(getUrl(url, { extensions }), { headers: PREFLIGHT });
      const missJson = (await miss.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(missJson.errors[0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(miss.headers.get('cache-control')).toBe('no-store');

      const register = await fetch(getUrl(url, { query, extensions }), { headers: PREFLIGHT });
      expect(register.status).toBe(200);
      expect(await register.json()).toMatchObject({ data: { resolution: { number: 82, symbol: 'S/RES/82 (1950)', year: 1950 } } });

      const hit = await fetch(getUrl(url, { extensions }), { headers: PREFLIGHT });
      expect(hit.status).toBe(200);
      expect(await hit.json()).toMatchObject({ data: { resolution: { number: 82, symbol: 'S/RES/82 (1950)', year: 1950 } } });
      expect(hit.headers.get('cache-control')).toBe('public, max-age=300');
    });

    it('refuses a query whose hash does not match', async () => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ resolution(number: 2396) { number } }', extensions }),
      });
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/provided sha does not match query/);
    });
  });
});

describe('configured CORS origins, max-age and APQ off', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(testConfig({ CORS_ORIGINS: 'https://a.example, https://b.example', CACHE_MAX_AGE: '60', PERSISTED_QUERIES: 'false' }), createLogger('silent'));
  });
  afterAll(() => app.stop());

  it('allows only the listed origins and says the answer varies by Origin', async () => {
    const preflight = (origin: string) =>
      fetch(`${app.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const allowed = await preflight('https://b.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://b.example');
    expect(allowed.headers.get('vary')).toMatch(/origin/i);
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('access-control-allow-methods')).toBeNull();
    const get = await fetch(getUrl(app.url, { query: '{ resolution(number: 1) { number } }' }), { headers: { ...PREFLIGHT, origin: 'https://a.example' } });
    expect(get.headers.get('access-control-allow-origin')).toBe('https://a.example');
    expect(get.headers.get('vary')).toMatch(/origin/i);
    expect(get.headers.get('cache-control')).toBe('public, max-age=60');
  });

  it('answers a persisted-query hash with PERSISTED_QUERY_NOT_SUPPORTED', async () => {
    const res = await fetch(getUrl(app.url, { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }), { headers: PREFLIGHT });
    expect(await res.text()).toMatch(/PERSISTED_QUERY_NOT_SUPPORTED/);
  });
});
