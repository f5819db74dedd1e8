import type http from 'node:http';
import { clientIp } from '../../../src/http/clientIp';
import { createRateLimiter } from '../../../src/http/createRateLimiter';

describe('createRateLimiter', () => {
  it('allows `max` requests per window per client, then refuses until the window ends', () => {
    const limiter = createRateLimiter({ max: 2, windowMs: 1000 });
    expect(limiter.take('a', 0)).toEqual({ allowed: true, limit: 2, remaining: 1, resetSeconds: 1 });
    expect(limiter.take('a', 100).allowed).toBe(true);
    expect(limiter.take('a', 200)).toMatchObject({ allowed: false, remaining: 0 });
    expect(limiter.take('b', 200).allowed).toBe(true);
    expect(limiter.take('a', 1000).allowed).toBe(true);
  });

  it('forgets expired clients, so memory stays bounded under an address scan', () => {
    const limiter = createRateLimiter({ max: 1, windowMs: 1000 });
    for (let i = 0; i < 10_000; i++) limiter.take(`10.0.${i >> 8}.${i & 255}`, i % 500);
    expect(limiter.size()).toBe(10_000);
    limiter.take('late', 5_000);
    expect(limiter.size()).toBe(1);
  });
});

describe('clientIp', () => {
  const req = (remoteAddress: string, forwarded?: string) =>
    ({ socket: { remoteAddress }, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} }) as unknown as http.IncomingMessage;

  it('ignores X-Forwarded-For unless the proxy is trusted', () => {
    expect(clientIp(req('127.0.0.1', '1.2.3.4'), false)).toBe('127.0.0.1');
  });

  it('takes the address the trusted proxy appended (the last one), which the client cannot forge', () => {
    expect(clientIp(req('127.0.0.1', 'forged, 203.0.113.9'), true)).toBe('203.0.113.9');
    expect(clientIp(req('127.0.0.1'), true)).toBe('127.0.0.1');
  });
});
