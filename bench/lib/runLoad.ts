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
  /**
   * What the errors were, counted by kind: `http:<status>`, `graphql:<extensions.code>`,
   * `transport:<errno code>` or `timeout` (measured run only). Empty when there were none.
   */
  errorKinds: Record<string, number>;
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

const bump = (kinds: Record<string, number>, kind: string) => (kinds[kind] = (kinds[kind] ?? 0) + 1);

/** The GraphQL error codes in a response body, or ['unparsable'] when it is not JSON. */
function graphqlCodes(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ extensions?: { code?: unknown } }> };
    return (parsed.errors ?? []).map((e) => String(e.extensions?.code ?? 'NO_CODE'));
  } catch {
    return ['unparsable'];
  }
}

interface Tally {
  latencies: number[];
  kinds: Record<string, number>;
}

function run(options: Options, tally: Tally | null): Promise<autocannon.Result> {
  const verifyBody = (body: string) => {
    const ok = !body.startsWith('{"errors"') && !body.includes('"errors":[');
    if (!ok && tally) for (const code of new Set(graphqlCodes(body))) bump(tally.kinds, `graphql:${code}`);
    return ok;
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon({ ...options, verifyBody }, (err, result) => (err ? reject(err) : resolve(result)));
    if (!tally) return;
    // autocannon's own histogram keeps whole milliseconds; the per-response event has the fraction.
    instance.on('response', (_client, status, _bytes, ms) => (status < 300 ? tally.latencies.push(ms) : bump(tally.kinds, `http:${status}`)));
    instance.on('reqError', (err) => bump(tally.kinds, `transport:${err.code ?? err.message}`));
    instance.on('timeout', () => bump(tally.kinds, 'timeout'));
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
  };
  if (spec.warmupSeconds > 0) await run({ ...base, connections: spec.connections, duration: spec.warmupSeconds }, null);
  const tally: Tally = { latencies: [], kinds: {} };
  const r = await run({ ...base, connections: spec.connections, duration: spec.seconds }, tally);
  const latencies = tally.latencies;
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
    errorKinds: tally.kinds,
  };
}
