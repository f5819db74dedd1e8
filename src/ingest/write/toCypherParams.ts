import neo4j from 'neo4j-driver';

/**
 * The JavaScript driver sends every number as a Cypher float. The graph stores resolution numbers,
 * years, counts and ordinals as integers, so integral numbers become driver Integers here; keys in
 * `floatKeys` (e.g. influence) stay floats even when integral.
 */
export function toCypherParams(value: unknown, floatKeys: ReadonlySet<string> = new Set(), key = ''): unknown {
  if (typeof value === 'number') return Number.isInteger(value) && !floatKeys.has(key) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map((v) => toCypherParams(v, floatKeys, key));
  if (value === null || typeof value !== 'object') return value;
  if (Object.getPrototypeOf(value) !== Object.prototype) return value; // driver temporal values
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toCypherParams(v, floatKeys, k);
  return out;
}
