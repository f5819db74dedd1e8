import neo4j, { type Integer, type Path } from 'neo4j-driver';

/**
 * Turns driver values into plain JSON-friendly values, in the one place where that happens:
 * Integers become numbers (the driver already returns them as numbers: Database sets disableLosslessIntegers;
 * this catches any Integer or bigint that still comes through),
 * temporal values become ISO strings, nodes and relationships become their property maps.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as Integer).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toNative);
  if (typeof value !== 'object') return value;
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never)) {
    return toNative((value as { properties: unknown }).properties);
  }
  if (neo4j.isPath(value as never)) {
    const p = value as Path;
    return { start: toNative(p.start), end: toNative(p.end), segments: p.segments.map((s) => ({ start: toNative(s.start), relationship: toNative(s.relationship), end: toNative(s.end) })) };
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toNative(v);
  return out;
}
