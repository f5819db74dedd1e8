import { cypher, withLiteralDepth, type CypherQuery } from '../../src/db/CypherQuery';

/**
 * The query text behind a traced name: `domain/name` is the file, `domain/name@3` the same file with
 * its depth placeholder set to 3 by the very helper the API uses.
 */
export function queryFromName(name: string): CypherQuery {
  const at = name.lastIndexOf('@');
  if (at < 0) return cypher(name);
  const depth = Number(name.slice(at + 1));
  return withLiteralDepth(cypher(name.slice(0, at)), depth, { min: depth, max: depth });
}
