import type http from 'node:http';

/**
 * The address rate limits are counted against. X-Forwarded-For is honoured only when `trustProxy`
 * is set: otherwise any client could pick a fresh address per request. Behind a proxy we take the
 * address the proxy appended (the last entry), which the client cannot forge.
 */
export function clientIp(req: http.IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for'];
    const value = Array.isArray(header) ? header.join(',') : header;
    const last = value?.split(',').map((s) => s.trim()).filter(Boolean).pop();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}
