import type http from 'node:http';
import { applyHttpCaching, bodyEtag, matchesIfNoneMatch } from '../../../src/http/httpCache';

const req = (method: string, ifNoneMatch?: string) => ({ method, headers: ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {} }) as http.IncomingMessage;
const apollo = (cacheControl: string, status = 200) => ({ status, headers: { 'content-type': 'application/json', 'cache-control': cacheControl }, body: '{"data":{"a":1}}' });

describe('applyHttpCaching', () => {
  it('turns a cacheable GET into public, max-age with a body ETag', () => {
    const out = applyHttpCaching(req('GET'), apollo('max-age=300, public'));
    expect(out.headers['cache-control']).toBe('public, max-age=300');
    expect(out.headers.etag).toBe(bodyEtag('{"data":{"a":1}}'));
    expect(out.status).toBe(200);
  });

  it('makes POST, errors, private and zero max-age no-store without an ETag', () => {
    for (const [method, cc, status] of [['POST', 'max-age=300, public', 200], ['GET', 'no-store', 200], ['GET', 'max-age=300, public', 400], ['GET', 'max-age=0, public', 200], ['GET', 'max-age=60, private', 200]] as const) {
      const out = applyHttpCaching(req(method), apollo(cc, status));
      expect(out.headers['cache-control']).toBe('no-store');
      expect(out.headers.etag).toBeUndefined();
    }
  });

  it('answers a matching If-None-Match with 304 and no body; a tag given by the caller wins', () => {
    const etag = bodyEtag('{"data":{"a":1}}');
    expect(applyHttpCaching(req('GET', etag), apollo('max-age=300, public'))).toMatchObject({ status: 304, body: '' });
    expect(applyHttpCaching(req('GET', '"other"'), apollo('max-age=300, public')).status).toBe(200);
    const tagged = applyHttpCaching(req('GET', '"v42"'), { ...apollo('max-age=300, public'), etag: '"v42"' });
    expect(tagged).toMatchObject({ status: 304, etag: '"v42"' });
  });

  it('compares If-None-Match lists, weak tags and *', () => {
    expect(matchesIfNoneMatch('"a", W/"b"', '"b"')).toBe(true);
    expect(matchesIfNoneMatch('*', '"b"')).toBe(true);
    expect(matchesIfNoneMatch('"a"', '"b"')).toBe(false);
    expect(matchesIfNoneMatch(undefined, '"b"')).toBe(false);
  });
});
