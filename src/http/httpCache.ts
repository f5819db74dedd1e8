import { createHash } from 'node:crypto';
import type http from 'node:http';

/**
 * HTTP caching of /graphql answers. Apollo's cache-control plugin computes the policy from the
 * `@cacheControl` hints (schema/cacheControl.graphql, CACHE_MAX_AGE) and writes `max-age=N, public`
 * or `no-store`; this module decides what reaches the client:
 * - only a successful GET may be cached (`public, max-age=N`); POST, mutations and errors are `no-store`;
 * - a cacheable GET gets a strong ETag, and `If-None-Match` with it answers 304 with no body.
 *
 * The ETag is a hash of the body today. A response cache keyed by the data version can pass its own
 * tag (`etag` in the input) and skip hashing; nothing else here needs to change.
 */
export interface GraphqlAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** A tag the caller already knows for this body (e.g. from a data-version cache). */
  etag?: string;
}

const APOLLO_CACHEABLE = /^max-age=(\d+), public$/;

export function bodyEtag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** True when an If-None-Match header lists this tag (or `*`); weak and strong forms compare equal. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === bare;
  });
}

export function applyHttpCaching(req: http.IncomingMessage, answer: GraphqlAnswer): GraphqlAnswer {
  const headers = { ...answer.headers };
  const maxAge = APOLLO_CACHEABLE.exec(headers['cache-control'] ?? '')?.[1];
  const cacheable = req.method === 'GET' && answer.status === 200 && maxAge !== undefined && Number(maxAge) > 0;
  if (!cacheable) {
    headers['cache-control'] = 'no-store';
    return { ...answer, headers };
  }
  headers['cache-control'] = `public, max-age=${maxAge}`;
  const etag = answer.etag ?? bodyEtag(answer.body);
  headers.etag = etag;
  const ifNoneMatch = req.headers['if-none-match'];
  if (matchesIfNoneMatch(Array.isArray(ifNoneMatch) ? ifNoneMatch.join(',') : ifNoneMatch, etag)) {
    delete headers['content-length'];
    return { status: 304, headers, body: '', etag };
  }
  return { ...answer, headers, etag };
}
