import autocannon from 'autocannon';
import { percentile } from './percentile';

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  /** Latency percentiles in milliseconds, from every response's own timing (sub-millisecond). */
  p50: number;
  p90: number;
  p99: number;
  meanMs: number;
  /** Transport errors + timeouts + non-2xx + 2xx answers whose body carries GraphQL `errors`. */
  errors: number;
}

export interface LoadSpec {
  url: string;
  /** JSON request bodies; every connection cycles through them in order. */
  bodies: string[];
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

type Options = autocannon.Options;

function run(options: Options, latencies: number[] | null): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (err, result) => (err ? reject(err) : resolve(result)));
    // autocannon's own histogram keeps whole milliseconds; the per-response event has the fraction.
    if (latencies) instance.on('response', (_client, status, _bytes, ms) => status < 300 && latencies.push(ms));
  });
}

/**
 * Closed-loop load with autocannon: `connections` clients each send the next request as soon as the
 * previous answer arrives. A warm-up run (discarded) lets JIT, plan caches and pools settle first.
 */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const base: Options = {
    url: spec.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: spec.bodies.map((body) => ({ method: 'POST', body, headers: { 'content-type': 'application/json' } })),
    timeout: 30,
    verifyBody: (body: string) => !body.startsWith('{"errors"') && !body.includes('"errors":['),
  };
  if (spec.warmupSeconds > 0) await run({ ...base, connections: spec.connections, duration: spec.warmupSeconds }, null);
  const latencies: number[] = [];
  const r = await run({ ...base, connections: spec.connections, duration: spec.seconds }, latencies);
  latencies.sort((a, b) => a - b);
  return {
    connections: spec.connections,
    seconds: r.duration,
    requests: r.requests.total,
    rps: r.requests.total / r.duration,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    meanMs: latencies.reduce((s, x) => s + x, 0) / Math.max(1, latencies.length),
    errors: r.errors + r.timeouts + r.non2xx + r.mismatches,
  };
}
