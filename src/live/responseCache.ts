import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';

/** Response extension and header that say whether an answer came from the cache: `hit` or `miss`. */
export const CACHE_EXTENSION = 'responseCache';
export const CACHE_HEADER = 'x-response-cache';

/**
 * Root fields whose answers describe the server rather than the corpus (uptime, ingest progress, the
 * data version itself): an operation that selects one is never cached.
 */
const LIVE_ROOT_FIELDS = new Set(['serverInfo', 'dataVersion']);

interface Entry {
  result: FormattedExecutionResult;
  headers: Array<[string, string]>;
  bytes: number;
}

/**
 * A byte-bounded LRU of whole query results. Keys include the data version, so an ingest makes every
 * older entry unreachable at once (they age out as new ones arrive).
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size;
  }

  get usedBytes(): number {
    return this.bytes;
  }

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key); // re-insert: Map order is the recency order
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: Entry): void {
    if (entry.bytes > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.bytes;
      this.entries.delete(key);
    }
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.bytes;
    }
  }
}

/** The cache key of one operation at one data version. */
export function responseCacheKey(version: number, source: string, operationName: string | null | undefined, variables: unknown): string {
  return createHash('sha256')
    .update(`${version}\u0000${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}\u0000${source}`)
    .digest('base64url');
}

/**
 * Serves repeated queries from memory. Only queries are cached, only answers without errors, and
 * only once the data version is known (`version()` is null before the first poll answers). A hit
 * skips execution; the other plugins' response hooks (cost, cache headers) still run on it.
 */
export function createResponseCachePlugin(cache: ResponseCache, version: () => number | null): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let key: string | null = null;
      let hit = false;
      return {
        async responseForOperation({ operation, source, request, operationName }): Promise<GraphQLResponse | null> {
          const v = version();
          if (v === null || operation.operation !== 'query') return null;
          const live = operation.selectionSet.selections.some((s) => s.kind === 'Field' && LIVE_ROOT_FIELDS.has(s.name.value));
          if (live) return null;
          key = responseCacheKey(v, source, operationName, request.variables);
          const entry = cache.get(key);
          if (!entry) {
            cache.misses += 1;
            return null;
          }
          cache.hits += 1;
          hit = true;
          const headers = new HeaderMap(entry.headers);
          return { http: { status: undefined, headers }, body: { kind: 'single', singleResult: structuredClone(entry.result) } };
        },
        async willSendResponse({ response }) {
          if (key === null || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!hit && !result.errors) {
            // Stored before the other plugins' per-request extensions (cost) are added, so a hit gets fresh ones.
            const { extensions, ...rest } = result;
            const stored: FormattedExecutionResult = extensions ? { ...rest, extensions: withoutPerRequest(extensions) } : rest;
            const headers = [...response.http.headers].filter(([k]) => k === 'cache-control');
            const text = JSON.stringify(stored);
            cache.set(key, { result: structuredClone(stored), headers, bytes: text.length * 2 + 256 });
          }
          result.extensions = { ...(result.extensions ?? {}), [CACHE_EXTENSION]: hit ? 'hit' : 'miss' };
          response.http.headers.set(CACHE_HEADER, hit ? 'hit' : 'miss');
        },
      };
    },
  };
}

function withoutPerRequest(extensions: Record<string, unknown>): Record<string, unknown> {
  const { cost: _cost, [CACHE_EXTENSION]: _marker, ...rest } = extensions;
  return rest;
}
