import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../projectRoot';

/** A query read from `cypher/<name>.cypher`. The name travels with it into logs and metrics. */
export interface CypherQuery {
  readonly name: string;
  readonly text: string;
}

const cache = new Map<string, CypherQuery>();

/**
 * Loads `cypher/<name>.cypher` once per process. Query text is never assembled from values:
 * callers pass values as parameters, and only the allow-listed integers of {@link withLiteralDepth}
 * ever change the text.
 */
export function cypher(name: string): CypherQuery {
  const hit = cache.get(name);
  if (hit) return hit;
  const file = path.join(projectRoot(), 'cypher', `${name}.cypher`);
  const text = fs.readFileSync(file, 'utf8');
  const query = { name, text };
  cache.set(name, query);
  return query;
}

/**
 * Cypher cannot take a variable-length bound as a parameter, so traversals substitute the
 * `$$MAX_DEPTH` placeholder with an integer from a closed range checked here.
 */
export function withLiteralDepth(query: CypherQuery, depth: number, allowed: { min: number; max: number }): CypherQuery {
  if (!Number.isInteger(depth) || depth < allowed.min || depth > allowed.max) {
    throw new RangeError(`depth ${depth} is outside the allow-list ${allowed.min}..${allowed.max}`);
  }
  if (!query.text.includes('$$MAX_DEPTH')) throw new Error(`${query.name} has no $$MAX_DEPTH placeholder`);
  return { name: `${query.name}@${depth}`, text: query.text.split('$$MAX_DEPTH').join(String(depth)) };
}
