import { runLoad, type LoadResult } from '../lib/runLoad';

/** The mix: a resolution with its neighbourhood, a search, a chain and a graph (bench workload ids). */
export const SOAK_WORKLOADS: readonly string[] = ['nested', 'search', 'chain3', 'graph2'];

export interface SoakSpec {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** JSON request bodies; connections cycle through them (a mixed workload). */
  bodies: string[];
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** The server's resident set size in bytes, read when asked (its own process or a child's). */
  rss: () => number;
  /** Called every `progressEveryMs` while the load runs. */
  onProgress?: (elapsedS: number, rssBytes: number) => void;
  progressEveryMs?: number;
}

export interface SoakResult extends LoadResult {
  rssStartMb: number;
  rssEndMb: number;
  rssMaxMb: number;
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/**
 * A soak: closed-loop load at saturation (autocannon via the bench's runLoad) over a mixed workload,
 * sampling the server's RSS along the way. RSS "start" is read after the warm-up, so it compares
 * a warmed server with itself after the long run; a leak shows as a steady climb.
 */
export async function runSoak(spec: SoakSpec): Promise<SoakResult> {
  let rssStart = spec.rss();
  let rssMax = rssStart;
  const started = Date.now();
  const sampler = setInterval(() => {
    const rss = spec.rss();
    rssMax = Math.max(rssMax, rss);
    spec.onProgress?.(Math.round((Date.now() - started) / 1000), rss);
  }, spec.progressEveryMs ?? 10_000);
  // runLoad warms up first; the start reading is taken when the measured run begins.
  const startReading = setTimeout(() => (rssStart = spec.rss()), spec.warmupSeconds * 1000);
  try {
    const result = await runLoad({ url: spec.url, bodies: spec.bodies, connections: spec.connections, seconds: spec.seconds, warmupSeconds: spec.warmupSeconds });
    const rssEnd = spec.rss();
    return { ...result, rssStartMb: mb(rssStart), rssEndMb: mb(rssEnd), rssMaxMb: mb(Math.max(rssMax, rssEnd)) };
  } finally {
    clearInterval(sampler);
    clearTimeout(startReading);
  }
}
