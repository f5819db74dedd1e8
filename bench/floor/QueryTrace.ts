import neo4j from 'neo4j-driver';

/** One Cypher statement as our server sent it: the query file's name and the exact parameters. */
export interface TracedQuery {
  name: string;
  /** The statement itself, for a query that is not one of our files (the @neo4j/graphql floor). */
  text?: string;
  params: Record<string, unknown>;
}

/**
 * The Cypher one GraphQL operation made, grouped into waves: every query of a wave started before
 * any query of the wave finished, so a faithful replay runs a wave's queries in parallel and the
 * waves one after another (GraphQL resolves level by level; DataLoader batches within a tick).
 */
export interface QueryTrace {
  workload: string;
  variant: number;
  waves: TracedQuery[][];
  roundTrips: number;
}

export interface TimedQuery extends TracedQuery {
  start: number;
  end: number;
}

/** A query belongs to the wave after the latest wave of any query that had finished when it started. */
export function groupIntoWaves(queries: TimedQuery[]): TracedQuery[][] {
  const sorted = [...queries].sort((a, b) => a.start - b.start);
  const waveOf: number[] = [];
  const waves: TracedQuery[][] = [];
  sorted.forEach((q, i) => {
    let wave = 0;
    for (let j = 0; j < i; j++) if (sorted[j]!.end <= q.start) wave = Math.max(wave, waveOf[j]! + 1);
    waveOf.push(wave);
    (waves[wave] ??= []).push({ name: q.name, params: q.params });
  });
  return waves;
}

/** JSON keeps driver integers as `{ "$int": "123" }`, so the replay sends the very same types. */
export function encodeParams(params: unknown): unknown {
  if (neo4j.isInt(params)) return { $int: params.toString() };
  if (typeof params === 'bigint') return { $int: params.toString() };
  if (Array.isArray(params)) return params.map(encodeParams);
  if (params !== null && typeof params === 'object') {
    return Object.fromEntries(Object.entries(params as Record<string, unknown>).map(([k, v]) => [k, encodeParams(v)]));
  }
  return params;
}

export function decodeParams(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeParams);
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (typeof obj.$int === 'string' && Object.keys(obj).length === 1) return neo4j.int(obj.$int);
    return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, decodeParams(v)]));
  }
  return value;
}
