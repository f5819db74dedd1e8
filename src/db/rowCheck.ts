import type { z } from 'zod';

/** A compiled check: the checked value (a copy shaped as zod would return it), or FAILED. */
type Check = (value: unknown) => unknown;

const FAILED: unique symbol = Symbol('row check failed');

/** What this module reads of a zod v4 schema: its definition and whether it may be left out of an object. */
interface SchemaInternals {
  _zod: {
    def: { type: string; checks?: Array<{ _zod: { def: { check: string; format?: string } } }>; [k: string]: unknown };
  };
}

const internals = (schema: unknown) => (schema as SchemaInternals)._zod.def;

/**
 * A plain function that checks a value against `schema` and returns what zod's `parse` would, or null
 * when the schema uses anything outside the few kinds our row schemas are made of (objects that strip
 * unknown keys, arrays, strings, finite numbers, safe integers, booleans, enums, unknown, nullable and
 * optional), in which case zod parses as before. Zod v4 allocates a result object and an issue list for
 * every field it checks (a quarter of all the bytes our server allocated per chain3 request); this
 * allocates only the objects and arrays it returns.
 */
function compile(schema: unknown): Check | null {
  const def = internals(schema);
  const noChecks = (def.checks ?? []).length === 0;
  switch (def.type) {
    case 'string':
      return noChecks ? (v) => (typeof v === 'string' ? v : FAILED) : null;
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : FAILED);
    case 'unknown':
    case 'any':
      return (v) => v;
    case 'number': {
      const checks = def.checks ?? [];
      if (checks.length === 0) return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAILED);
      const [only] = checks;
      if (checks.length === 1 && only!._zod.def.check === 'number_format' && only!._zod.def.format === 'safeint') {
        return (v) => (Number.isSafeInteger(v) ? v : FAILED);
      }
      return null;
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries as Record<string, unknown>));
      return (v) => (values.has(v) ? v : FAILED);
    }
    case 'nullable': {
      const inner = compile(def.innerType);
      return inner && ((v) => (v === null ? null : inner(v)));
    }
    case 'array': {
      const element = compile(def.element);
      if (!element || !noChecks) return null;
      return (v) => {
        if (!Array.isArray(v)) return FAILED;
        const out = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) {
          const x = element(v[i]);
          if (x === FAILED) return FAILED;
          out[i] = x;
        }
        return out;
      };
    }
    case 'object':
      return compileObject(def);
    default:
      return null;
  }
}

/** An object schema that strips unknown keys: each shape key in shape order, optional ones left out when absent. */
function compileObject(def: ReturnType<typeof internals>): Check | null {
  if (def.catchall !== undefined || (def.checks ?? []).length > 0) return null;
  const fields: Array<{ key: string; optional: boolean; check: Check }> = [];
  for (const [key, fieldSchema] of Object.entries(def.shape as Record<string, unknown>)) {
    const fieldDef = internals(fieldSchema);
    const optional = fieldDef.type === 'optional';
    const check = compile(optional ? fieldDef.innerType : fieldSchema);
    if (!check) return null;
    fields.push({ key, optional, check });
  }
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAILED;
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      const x = input[f.key];
      if (x === undefined) {
        if (f.optional) continue;
        return FAILED;
      }
      const checked = f.check(x);
      if (checked === FAILED) return FAILED;
      out[f.key] = checked;
    }
    return out;
  };
}

const compiled = new WeakMap<object, Check | null>();

/**
 * `schema.safeParse(value)`, with the same result, by a compiled check where the schema allows one
 * (see {@link compile}). A value the check refuses goes to zod, so a bad row fails with zod's own issues.
 * Values are the ones `toNative` returns: never `undefined` inside, so an absent key and one set to
 * undefined are the same here, as they are to zod for optional keys.
 */
export function checkRow<T>(schema: z.ZodType<T>, value: unknown): z.ZodSafeParseResult<T> {
  let check = compiled.get(schema);
  if (check === undefined) {
    check = compile(schema);
    compiled.set(schema, check);
  }
  if (check) {
    const out = check(value);
    if (out !== FAILED) return { success: true, data: out as T };
  }
  return schema.safeParse(value);
}

/** Whether `schema` is checked by a compiled check rather than by zod (for tests). */
export function hasCompiledCheck(schema: z.ZodType): boolean {
  return compile(schema) !== null;
}
