import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Config } from '../config/loadConfig';
import type { Database } from '../db/Database';
import { ErrorCode } from '../errors/ErrorCode';
import { createContext, type Context } from '../graphql/Context';
import type { Logger } from '../logger';
import { applySecurityHeaders } from './applySecurityHeaders';
import { clientIp } from './clientIp';
import { applyCors } from './cors';
import { createRateLimiter } from './createRateLimiter';
import { applyHttpCaching } from './httpCache';

export const MAX_BODY_BYTES = 100 * 1024;

export interface HttpDeps {
  config: Config;
  apollo: ApolloServer<Context>;
  db: Database;
  logger: Logger;
  /**
   * False while the app still waits for Neo4j (connectivity and schema, see connectWithRetry):
   * /readyz answers 503 until then. Absent means the caller prepared the database before starting.
   */
  isReady?: () => boolean;
  /** Non-null while the initial corpus ingest runs: /readyz answers 503 with this body ({status: 'loading', ...progress}). */
  loading?: () => Record<string, unknown> | null;
  /** Extra routes (playground, explorer): return true when the request was handled. */
  routes?: Array<(req: http.IncomingMessage, res: http.ServerResponse) => boolean | Promise<boolean>>;
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

class BodyTooLarge extends Error {}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new BodyTooLarge());
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Our HTTP front: `/graphql` (Apollo), `/healthz` (the process is up), `/readyz` (Neo4j answers),
 * plus any extra routes. Plain node:http keeps request timeouts and the body limit in our hands.
 */
export function createHttpServer(deps: HttpDeps): http.Server {
  const { apollo, db, config, logger } = deps;
  const limiter = config.rateLimit.max > 0 ? createRateLimiter(config.rateLimit) : null;

  const handleGraphql = async (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => {
    if (applyCors(req, res, config.corsOrigins)) return;
    if (limiter) {
      const decision = limiter.take(clientIp(req, config.http.trustProxy));
      res.setHeader('ratelimit-limit', String(decision.limit));
      res.setHeader('ratelimit-remaining', String(decision.remaining));
      res.setHeader('ratelimit-reset', String(decision.resetSeconds));
      if (!decision.allowed) {
        res.setHeader('retry-after', String(decision.resetSeconds));
        sendJson(res, 429, {
          errors: [
            {
              message: `Rate limit of ${decision.limit} requests per ${config.rateLimit.windowMs / 1000} s exceeded; retry in ${decision.resetSeconds} s.`,
              extensions: { code: ErrorCode.RATE_LIMITED, limit: decision.limit, windowMs: config.rateLimit.windowMs, retryAfterSeconds: decision.resetSeconds },
            },
          ],
        });
        req.resume();
        return;
      }
    }
    let raw = '';
    if (req.method === 'POST') {
      try {
        raw = await readBody(req, MAX_BODY_BYTES);
      } catch (err) {
        if (err instanceof BodyTooLarge) {
          sendJson(res, 413, { errors: [{ message: `Request body exceeds ${MAX_BODY_BYTES} bytes`, extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
          return;
        }
        throw err;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = raw;
    if (req.method === 'POST' && (headers.get('content-type') ?? '').includes('application/json')) {
      try {
        body = raw.length > 0 ? JSON.parse(raw) : {};
      } catch {
        sendJson(res, 400, { errors: [{ message: 'Request body is not valid JSON', extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
        return;
      }
    }
    // With batching off (1) Apollo itself refuses arrays; otherwise the cap is ours.
    const maxBatch = config.limits.maxBatchOperations;
    if (Array.isArray(body) && maxBatch > 1 && body.length > maxBatch) {
      sendJson(res, 400, {
        errors: [
          {
            message: `Batch of ${body.length} operations exceeds the limit of ${maxBatch} per request. See docs/limits.md.`,
            extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'batch', max: maxBatch, found: body.length },
          },
        ],
      });
      return;
    }
    const requestId = (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].slice(0, 64)) || randomUUID();
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => createContext(db, config, logger, requestId),
    });
    const outHeaders: Record<string, string> = { 'x-request-id': requestId };
    for (const [k, v] of result.headers) outHeaders[k] = v;
    const varyOrigin = res.getHeader('vary');
    if (varyOrigin !== undefined) outHeaders.vary = outHeaders.vary ? `${outHeaders.vary}, ${String(varyOrigin)}` : String(varyOrigin);
    if (result.body.kind === 'complete') {
      const answer = applyHttpCaching(req, { status: result.status ?? 200, headers: outHeaders, body: result.body.string });
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    } else {
      outHeaders['cache-control'] = 'no-store';
      res.writeHead(result.status ?? 200, outHeaders);
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };

  // Node checks the request and header timeouts on this interval; its default (30 s) would stretch them.
  const checkEvery = Math.max(250, Math.min(30_000, Math.floor(config.http.headersTimeoutMs / 4)));
  const server = http.createServer({ connectionsCheckingInterval: checkEvery }, (req, res) => {
    applySecurityHeaders(res);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = async () => {
      if (url.pathname === '/graphql') return handleGraphql(req, res, url);
      if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/readyz') {
        if (deps.isReady && !deps.isReady()) {
          return sendJson(res, 503, { status: 'not ready', error: ErrorCode.SERVICE_UNAVAILABLE, reason: 'waiting for Neo4j' });
        }
        const loading = deps.loading?.() ?? null;
        if (loading) return sendJson(res, 503, { ...loading, error: ErrorCode.SERVICE_UNAVAILABLE });
        try {
          const info = await db.verifyConnectivity();
          return sendJson(res, 200, { status: 'ready', neo4j: info.agent });
        } catch {
          return sendJson(res, 503, { status: 'not ready', error: ErrorCode.SERVICE_UNAVAILABLE });
        }
      }
      for (const extra of deps.routes ?? []) {
        if (await extra(req, res)) return;
      }
      if (url.pathname === '/') {
        res.writeHead(302, { location: '/explore' });
        res.end();
        return;
      }
      sendJson(res, 404, { error: ErrorCode.NOT_FOUND, message: `No route ${url.pathname}` });
    };
    route().catch((err: unknown) => {
      logger.error({ err }, 'unhandled HTTP error');
      if (!res.headersSent) sendJson(res, 500, { error: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' });
      else res.destroy();
    });
  });
  server.requestTimeout = config.http.requestTimeoutMs;
  server.headersTimeout = config.http.headersTimeoutMs;
  server.keepAliveTimeout = config.http.keepAliveTimeoutMs;
  return server;
}
