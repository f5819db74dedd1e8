import neo4j, { type Integer, type Path, type Record as DriverRecord } from 'neo4j-driver';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * A driver `Date` as its ISO string, as the driver's own `toString` writes it (`YYYY-MM-DD`), without the
 * Integer arithmetic the driver spends on that (a tenth of the nested workload's row conversion); years
 * outside 0..9999 and Integer fields, which our graph never holds, go through the driver's.
 */
function dateString(value: { year: unknown; month: unknown; day: unknown }): string {
  const year = plainInt(value.year);
  const month = plainInt(value.month);
  const day = plainInt(value.day);
  if (typeof year === 'number' && typeof month === 'number' && typeof day === 'number' && year >= 0 && year <= 9999) {
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  }
  return String(value);
}

/** A driver Integer as a number (a date's fields are Integers unless the driver converts them); anything else unchanged. */
const plainInt = (v: unknown): unknown => (typeof v === 'object' && v !== null && neo4j.isInt(v) ? (v as Integer).toNumber() : v);

/** A driver value that is a class instance (temporal, graph entity, Integer) rather than a plain map. */
function convertInstance(value: object): unknown {
  if (neo4j.isInt(value)) return (value as Integer).toNumber();
  if (neo4j.isDate(value as never)) return dateString(value as never);
  if (
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never)) {
    return toNative({ ...(value as { properties: Record<string, unknown> }).properties });
  }
  if (neo4j.isPath(value as never)) {
    const p = value as Path;
    return { start: toNative(p.start), end: toNative(p.end), segments: p.segments.map((s) => ({ start: toNative(s.start), relationship: toNative(s.relationship), end: toNative(s.end) })) };
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toNative(v);
  return out;
}

/**
 * Turns driver values into plain JSON-friendly values, in the one place where that happens:
 * Integers (and any bigint) become numbers (Database keeps the driver's lossless Integers, see there; ours are
 * far below 2^53),
 * temporal values become ISO strings, nodes and relationships become their property maps.
 *
 * Arrays and plain maps are converted IN PLACE and returned: the driver builds them fresh for each record
 * and hands them to nobody else (`recordToObject` builds a new map), so copying them, as this did, only
 * fed the garbage collector. Class instances (temporal values, nodes) are replaced, never changed.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return value;
  if (type === 'bigint') return Number(value);
  if (type !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toNative(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return convertInstance(value as object);
  const map = value as Record<string, unknown>;
  for (const k in map) map[k] = toNative(map[k]);
  return map;
}

/**
 * A record as a `{key: value}` map, like the driver's `record.toObject()` (same keys, same order, same
 * values), by a plain loop: the driver's walks a generator of `[key, value]` pairs, three short-lived
 * objects per field (9 % of the bytes allocated per search request with snippets, whose paragraph rows are many).
 */
export function recordToObject(record: DriverRecord): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  const keys = record.keys;
  for (let i = 0; i < keys.length; i++) obj[keys[i] as string] = record.get(i);
  return obj;
}
