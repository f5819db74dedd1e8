export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the client's window starts over. */
  resetSeconds: number;
}

export interface RateLimiter {
  take(client: string, now?: number): RateLimitDecision;
  /** How many clients are tracked (memory use is bounded by the sweep). */
  size(): number;
}

/**
 * A fixed window per client: at most `max` requests per `windowMs`. In memory, per process; behind
 * several instances, put the limit in the proxy instead. Expired windows are swept as time passes,
 * so a scan from many addresses cannot grow the map without bound.
 */
export function createRateLimiter(options: { max: number; windowMs: number }): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = 0;
  const sweep = (now: number) => {
    if (now - lastSweep < options.windowMs) return;
    lastSweep = now;
    for (const [client, w] of windows) if (now - w.start >= options.windowMs) windows.delete(client);
  };
  return {
    take(client, now = Date.now()) {
      sweep(now);
      let w = windows.get(client);
      if (!w || now - w.start >= options.windowMs) {
        w = { start: now, count: 0 };
        windows.set(client, w);
      }
      w.count += 1;
      const resetSeconds = Math.max(1, Math.ceil((w.start + options.windowMs - now) / 1000));
      return { allowed: w.count <= options.max, limit: options.max, remaining: Math.max(0, options.max - w.count), resetSeconds };
    },
    size: () => windows.size,
  };
}
