import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { ErrorCode } from '../errors/ErrorCode';
import { sendJson } from './createHttpServer';

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => boolean;

export interface StaticRoutesOptions {
  /** The vite output folder (`web/dist`). */
  distDir: string;
  /** Serve GraphiQL at /playground (config PLAYGROUND). When false, /playground is a 404. */
  playground: boolean;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.ttf', '.txt']);

/**
 * Same-origin only: this is also what keeps the pages honest about working offline. Monaco and
 * cytoscape set inline styles, so styles need 'unsafe-inline'; scripts never do.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Hashed asset names only: letters, digits, dot, dash, underscore. Anything else is not ours. */
const ASSET_NAME = /^[\w.-]+$/;

interface CachedFile {
  body: Buffer;
  gzip: Buffer | null;
  etag: string;
  type: string;
}

/**
 * Serves the built web bundle: `/explore` and every `/explore/...` deep link get the explorer page
 * (the client routes), `/playground` gets GraphiQL, `/assets/*` the hashed files (cached for a year).
 * Files are kept in memory with a gzip copy.
 * When the bundle is not built, these paths answer a clean 404 that says how to build it.
 */
export function createStaticRoutes(options: StaticRoutesOptions): Route {
  const distDir = path.resolve(options.distDir);
  const assetsDir = path.join(distDir, 'assets');
  const cache = new Map<string, CachedFile>();

  /**
   * Hashed assets never change under their name, so they are cached for good. Pages (`fresh`) are
   * re-read when their file changed, so a rebuilt bundle is served without a restart.
   */
  const load = (file: string, fresh = false): CachedFile | null => {
    const cached = cache.get(file);
    if (cached && !fresh) return cached;
    let entry: CachedFile | null = null;
    try {
      const stat = fs.statSync(file);
      const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
      if (cached && cached.etag === etag) return cached;
      const body = fs.readFileSync(file);
      const ext = path.extname(file).toLowerCase();
      const gzip = COMPRESSIBLE.has(ext) && body.length > 1024 ? zlib.gzipSync(body, { level: 6 }) : null;
      entry = {
        body,
        gzip,
        etag,
        type: CONTENT_TYPES[ext] ?? 'application/octet-stream',
      };
    } catch {
      entry = null;
    }
    // Misses are not cached: a bundle built after start-up is picked up without a restart.
    if (entry) cache.set(file, entry);
    else cache.delete(file);
    return entry;
  };

  const send = (req: http.IncomingMessage, res: http.ServerResponse, file: CachedFile, cacheControl: string) => {
    const headers: Record<string, string | number> = {
      ...SECURITY_HEADERS,
      'content-type': file.type,
      'cache-control': cacheControl,
      etag: file.etag,
      vary: 'accept-encoding',
    };
    if (req.headers['if-none-match'] === file.etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = acceptsGzip && file.gzip ? file.gzip : file.body;
    if (body === file.gzip) headers['content-encoding'] = 'gzip';
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const notBuilt = (res: http.ServerResponse, what: string) =>
    sendJson(res, 404, {
      error: ErrorCode.NOT_FOUND,
      message: `The ${what} is not built: run \`npm run build:web\` and reload.`,
    });

  const page = (req: http.IncomingMessage, res: http.ServerResponse, name: 'explore' | 'playground', what: string) => {
    const file = load(path.join(distDir, name, 'index.html'), true);
    if (!file) notBuilt(res, what);
    else send(req, res, file, 'no-cache');
  };

  return (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const isExplore = pathname === '/explore' || pathname.startsWith('/explore/');
    const isPlayground = pathname === '/playground' || pathname === '/playground/';
    const isAsset = pathname.startsWith('/assets/');
    if (!isExplore && !isPlayground && !isAsset) return false;

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      sendJson(res, 405, { error: ErrorCode.BAD_USER_INPUT, message: `${req.method ?? 'This method'} is not allowed on ${pathname}` });
      return true;
    }
    if (isPlayground) {
      if (!options.playground) {
        sendJson(res, 404, { error: ErrorCode.NOT_FOUND, message: 'The playground is disabled (PLAYGROUND=false)' });
      } else {
        page(req, res, 'playground', 'playground');
      }
      return true;
    }
    if (isExplore) {
      page(req, res, 'explore', 'explorer');
      return true;
    }
    const name = pathname.slice('/assets/'.length);
    const file = ASSET_NAME.test(name) && !name.startsWith('.') ? load(path.join(assetsDir, name)) : null;
    if (!file) {
      sendJson(res, 404, { error: ErrorCode.NOT_FOUND, message: `No asset ${pathname}` });
    } else {
      send(req, res, file, 'public, max-age=31536000, immutable');
    }
    return true;
  };
}
