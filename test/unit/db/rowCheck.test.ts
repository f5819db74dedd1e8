import { z } from 'zod';
import { citationItemRow } from '../../../loaders/citations';
import { meetingRow } from '../../../loaders/meeting';
import { mandateRow, missionActionRow, missionRow } from '../../../loaders/missions';
import { resolutionRow } from '../../../loaders/resolutionRow';
import { checkRow, hasCompiledCheck } from '../../../src/db/rowCheck';

/** checkRow must answer exactly as zod's safeParse: the same verdict, and on success the same data, key order included. */
function expectSameAsZod(schema: z.ZodType, value: unknown): boolean {
  const ours = checkRow(schema, structuredClone(value));
  const zods = schema.safeParse(structuredClone(value));
  expect(ours.success).toBe(zods.success);
  if (ours.success && zods.success) {
    expect(ours.data).toStrictEqual(zods.data);
    expect(JSON.stringify(ours.data)).toBe(JSON.stringify(zods.data));
  } else if (!ours.success && !zods.success) {
    expect(ours.error.issues).toEqual(zods.error.issues);
  }
  return ours.success;
}

const resolution = { number: 2396, year: 2017, symbol: 'S/RES/2396 (2017)', date: '2017-12-21', title: 'Threats', sponsors: ['FRA'], votesYes: 15, chapterVII: null, influence: 0.25 };

const everyKind = z.object({
  n: z.number(),
  i: z.number().int(),
  s: z.string(),
  b: z.boolean(),
  e: z.enum(['A', 'B']),
  u: z.unknown(),
  ns: z.string().nullable(),
  os: z.string().optional(),
  ons: z.string().nullable().optional(),
  list: z.array(z.object({ x: z.number().int(), y: z.array(z.string()) })),
  nested: z.object({ deep: z.object({ v: z.boolean().nullable() }) }).nullable(),
});
const good = { list: [{ y: ['a'], x: 1, dropped: 3 }], nested: { deep: { v: null } }, ons: null, ns: 'x', u: { any: [1] }, e: 'B', b: false, s: '', i: -7, n: 1.5, extra: 'stripped' };

describe('checkRow', () => {
  it('compiles the row schemas the loaders use, and leaves unions and transforms to zod', () => {
    for (const schema of [resolutionRow, citationItemRow, meetingRow, missionRow, mandateRow, missionActionRow, everyKind]) expect(hasCompiledCheck(schema)).toBe(true);
    expect(hasCompiledCheck(z.union([z.object({ a: z.string() }), z.object({ b: z.string() })]))).toBe(false);
    expect(hasCompiledCheck(z.object({ a: z.array(z.number()).nullable().transform((v) => v ?? []) }))).toBe(false);
    expect(hasCompiledCheck(z.object({ a: z.string().min(2) }))).toBe(false);
    expect(hasCompiledCheck(z.strictObject({ a: z.string() }))).toBe(false);
    expect(hasCompiledCheck(z.object({ a: z.number().int().positive() }))).toBe(false);
  });

  it('returns what zod returns for good rows: shape key order, unknown keys stripped, absent optional keys left out', () => {
    expect(expectSameAsZod(everyKind, good)).toBe(true);
    expect(expectSameAsZod(everyKind, { ...good, os: 'here', ons: 'there', nested: null, list: [] })).toBe(true);
    expect(expectSameAsZod(resolutionRow, resolution)).toBe(true);
    expect(expectSameAsZod(resolutionRow, { year: 1946, number: 1 })).toBe(true);
    expect(expectSameAsZod(citationItemRow, { resolution, citation: null })).toBe(true);
    expect(expectSameAsZod(citationItemRow, { resolution, citation: { verb: 'recalls', paragraph: 'op1', context: null, source: 'text', sources: ['text'], mentions: 2 } })).toBe(true);
    // A position of resolution/page reads only its chosen properties ($$CITATION_CUT): the others are absent.
    expect(expectSameAsZod(citationItemRow, { resolution, citation: { verb: 'recalls', source: 'text' } })).toBe(true);
    const u = { u: null };
    expect(expectSameAsZod(z.object({ u: z.unknown() }), u)).toBe(true);
  });

  it('refuses every bad row zod refuses, with zod’s own issues', () => {
    const bad: Array<Record<string, unknown>> = [
      { ...good, n: '1' },
      { ...good, n: Number.POSITIVE_INFINITY },
      { ...good, n: Number.NaN },
      { ...good, i: 1.5 },
      { ...good, i: 2 ** 60 },
      { ...good, s: null },
      { ...good, b: 'true' },
      { ...good, e: 'C' },
      { ...good, ns: undefined },
      { ...good, os: null },
      { ...good, list: [{ x: 1, y: [2] }] },
      { ...good, list: {} },
      { ...good, nested: { deep: {} } },
      { ...good, nested: [] },
    ];
    for (const row of bad) expect(expectSameAsZod(everyKind, row)).toBe(false);
    const { u: _u, ...withoutUnknown } = good;
    expect(expectSameAsZod(everyKind, withoutUnknown)).toBe(false);
    expect(expectSameAsZod(everyKind, null)).toBe(false);
    expect(expectSameAsZod(everyKind, [good])).toBe(false);
    expect(expectSameAsZod(resolutionRow, { ...resolution, number: '2396' })).toBe(false);
    expect(expectSameAsZod(resolutionRow, { ...resolution, year: 2017.5 })).toBe(false);
    expect(expectSameAsZod(citationItemRow, { resolution, citation: { verb: 3 } })).toBe(false);
  });

  it('answers as zod for schemas it leaves to zod', () => {
    const union = z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]);
    expect(expectSameAsZod(union, { b: 1 })).toBe(true);
    expect(expectSameAsZod(union, { c: 1 })).toBe(false);
  });
});
