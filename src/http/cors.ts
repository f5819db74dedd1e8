import type http from 'node:http';

/** What a browser may send and read cross-origin on /graphql. */
const ALLOW_METHODS = 'GET, POST, OPTIONS';
const ALLOW_HEADERS = 'content-type, apollo-require-preflight, x-apollo-operation-name, x-request-id, if-none-match';
const EXPOSE_HEADERS = 'etag, x-request-id, ratelimit-limit, ratelimit-remaining, ratelimit-reset, retry-after';
/** How long a browser may reuse a preflight answer (seconds). */
const PREFLIGHT_MAX_AGE = '600';

/**
 * CORS for the read-only API. No credentials are ever allowed, so '*' is safe: a page on another
 * origin can read public data it could fetch itself, and never with the visitor's cookies. With a
 * list, only those origins get the header (and `Vary: Origin` tells caches the answer depends on it).
 * CSRF is a separate guard: Apollo's csrfPrevention still refuses simple cross-site requests.
 * Returns true when the request was a preflight and has been answered.
 */
export function applyCors(req: http.IncomingMessage, res: http.ServerResponse, origins: '*' | string[]): boolean {
  const origin = req.headers.origin;
  let allowed: string | null = null;
  if (origins === '*') {
    allowed = '*';
  } else {
    res.setHeader('vary', 'origin');
    if (origin !== undefined && origins.includes(origin)) allowed = origin;
  }
  if (allowed !== null) {
    res.setHeader('access-control-allow-origin', allowed);
    res.setHeader('access-control-expose-headers', EXPOSE_HEADERS);
    // The JSON answers of /graphql may be embedded cross-origin; pages keep their own same-origin policy.
    res.setHeader('cross-origin-resource-policy', 'cross-origin');
  }
  if (req.method !== 'OPTIONS') return false;
  if (allowed !== null) {
    res.setHeader('access-control-allow-methods', ALLOW_METHODS);
    res.setHeader('access-control-allow-headers', ALLOW_HEADERS);
    res.setHeader('access-control-max-age', PREFLIGHT_MAX_AGE);
  }
  res.setHeader('allow', ALLOW_METHODS);
  res.writeHead(204, { 'content-length': '0' });
  res.end();
  req.resume();
  return true;
}
