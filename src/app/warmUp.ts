import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger';
import { projectRoot } from '../projectRoot';

/**
 * One request the explorer makes, replayed at start so that its first visitor does not pay for it cold.
 * `document` names a file of web/src/explorer/graphql/: the warm-up sends the explorer's own text, because Neo4j
 * caches a plan per statement text and the statement follows the operation's selection.
 */
export interface WarmUpOperation {
  document: string;
  variables: Record<string, unknown>;
}

/** What one warm-up request did: its time, and why it failed if it did (the warm-up never throws). */
export interface WarmUpResult {
  document: string;
  ms: number;
  error: string | null;
}

/**
 * The explorer's heaviest first requests: a resolution page, the graph page at its default settings and at the
 * sigma.js size, and a search page. 2396 is the resolution of the reference page; on a graph without it the
 * queries still plan and run, and answer null or empty.
 */
export const WARM_UP_OPERATIONS: readonly WarmUpOperation[] = [
  { document: 'resolution.graphql', variables: { number: 2396 } },
  { document: 'graph.graphql', variables: { numbers: [2396], direction: 'BOTH', depth: 1, limit: 200 } },
  { document: 'graph.graphql', variables: { numbers: [2396], direction: 'BOTH', depth: 2, limit: 500 } },
  { document: 'search.graphql', variables: { query: 'sanctions', first: 20 } },
];

export const EXPLORER_DOCUMENTS_DIR = path.join(projectRoot(), 'web', 'src', 'explorer', 'graphql');

/**
 * Sends each operation once, in turn, to the server at `url` (through its HTTP front, so V8 compiles the whole
 * request path and Neo4j plans and caches each statement). A cold server took 1.5-2.3 s for its first request
 * against about 0.1 s warm (docs/performance.md). Failures are logged at debug and reported, never thrown: the
 * warm-up must not stop a server that could otherwise serve.
 */
export async function warmUp(url: string, logger: Logger, operations: readonly WarmUpOperation[] = WARM_UP_OPERATIONS): Promise<WarmUpResult[]> {
  const results: WarmUpResult[] = [];
  for (const op of operations) {
    const started = performance.now();
    let error: string | null = null;
    try {
      const query = fs.readFileSync(path.join(EXPLORER_DOCUMENTS_DIR, op.document), 'utf8');
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: op.variables }),
      });
      const body = (await res.json()) as { errors?: Array<{ message?: string; extensions?: { code?: string } }> };
      if (!res.ok || body.errors?.length) {
        const first = body.errors?.[0];
        error = `HTTP ${res.status}${first ? `: ${first.extensions?.code ?? ''} ${first.message ?? ''}`.trimEnd() : ''}`;
      }
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    const result = { document: op.document, ms: Math.round(performance.now() - started), error };
    if (error) logger.debug(result, 'warm-up request failed');
    results.push(result);
  }
  logger.info(
    { requests: results.length, failed: results.filter((r) => r.error).length, ms: results.reduce((sum, r) => sum + r.ms, 0) },
    'warm-up done',
  );
  return results;
}
