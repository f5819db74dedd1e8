import DataLoader from 'dataloader';
import { z } from 'zod';
import { cypher } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import { groupBy } from './groupBy';

/** A mission node as `cypher/fragments/mission.cypher` projects it. */
export const missionRow = z.object({ key: z.string(), acronym: z.string().nullable(), name: z.string(), kind: z.enum(['PEACEKEEPING', 'POLITICAL', 'OTHER']) });
export type MissionRow = z.infer<typeof missionRow>;

/**
 * The keys of cypher/fragments/action.cypher (a resolution's edge into a mission or a regime) besides `action`,
 * whose values differ between the two: the one place the four action rows below take them from.
 */
const actionFields = { until: z.string().nullable(), period: z.string().nullable(), paragraph: z.string(), context: z.string() };

/** One resolution acting on a mission (`cypher/mission/mandates`). */
export const mandateRow = z.object({ key: z.string(), resolution: z.number().int(), action: z.enum(['ESTABLISHES', 'EXTENDS', 'MODIFIES', 'TERMINATES']), ...actionFields });
export type MandateRow = z.infer<typeof mandateRow>;

const successionRow = z.object({ key: z.string(), succeeds: z.array(z.string()), succeededBy: z.array(z.string()) });
export type SuccessionRow = z.infer<typeof successionRow>;

/** What one resolution does to one mission (`cypher/mission/byResolutions`). */
export const missionActionRow = missionRow.extend({ resolution: z.number().int(), action: mandateRow.shape.action, ...actionFields });
export type MissionActionRow = z.infer<typeof missionActionRow>;

/** A sanctions regime node as `cypher/fragments/sanctionsRegime.cypher` projects it. */
export const regimeRow = z.object({ key: z.string(), name: z.string(), target: z.string().nullable() });
export type RegimeRow = z.infer<typeof regimeRow>;

export const regimeEventRow = z.object({ key: z.string(), resolution: z.number().int(), action: z.enum(['ESTABLISHES', 'RENEWS', 'MODIFIES']), ...actionFields });
export type RegimeEventRow = z.infer<typeof regimeEventRow>;

export const measureRow = z.object({
  key: z.string(),
  resolution: z.number().int(),
  measure: z.enum(['ARMS_EMBARGO', 'ASSET_FREEZE', 'TRAVEL_BAN', 'OTHER']),
  action: z.enum(['IMPOSES', 'EXTENDS', 'LIFTS', 'MODIFIES']),
  paragraph: z.string(),
  context: z.string(),
});
export type MeasureRow = z.infer<typeof measureRow>;

const sanctionsActionRow = regimeRow.extend({ resolution: z.number().int(), action: regimeEventRow.shape.action, ...actionFields });
export type SanctionsActionRow = z.infer<typeof sanctionsActionRow>;

export interface MissionLoaders {
  mission: DataLoader<string, MissionRow | null>;
  missionMandates: DataLoader<string, MandateRow[]>;
  missionSuccessions: DataLoader<string, SuccessionRow>;
  missionsByResolution: DataLoader<number, MissionActionRow[]>;
  regime: DataLoader<string, RegimeRow | null>;
  regimeEvents: DataLoader<string, RegimeEventRow[]>;
  regimeMeasures: DataLoader<string, MeasureRow[]>;
  sanctionsByResolution: DataLoader<number, SanctionsActionRow[]>;
}

/** Batches a query over `$keys` (or `$numbers`) and hands each key its rows, in key order. */
function grouped<K extends string | number, R extends Record<string, unknown>>(db: QueryRunner, name: string, param: 'keys' | 'numbers', schema: z.ZodType<R>, keyOf: (r: R) => K) {
  return new DataLoader<K, R[]>(async (keys) => {
    const rows = await db.read(cypher(name), { [param]: [...keys] }, schema);
    const groups = groupBy(rows, keyOf);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** Per-request loaders for missions and sanctions regimes. Each batch returns one result per key, in key order. */
export function missionLoaders(db: QueryRunner): MissionLoaders {
  const missionRows = grouped(db, 'mission/byKeys', 'keys', missionRow, (r) => r.key);
  const regimeRows = grouped(db, 'sanctions/byKeys', 'keys', regimeRow, (r) => r.key);
  const successions = grouped(db, 'mission/successions', 'keys', successionRow, (r) => r.key);
  return {
    mission: new DataLoader(async (keys) => (await missionRows.loadMany(keys)).map((rows) => (Array.isArray(rows) ? (rows[0] ?? null) : null))),
    missionMandates: grouped(db, 'mission/mandates', 'keys', mandateRow, (r) => r.key),
    missionSuccessions: new DataLoader(async (keys) =>
      (await successions.loadMany(keys)).map((rows, i) => (Array.isArray(rows) && rows[0] ? rows[0] : { key: keys[i] ?? '', succeeds: [], succeededBy: [] })),
    ),
    missionsByResolution: grouped(db, 'mission/byResolutions', 'numbers', missionActionRow, (r) => r.resolution),
    regime: new DataLoader(async (keys) => (await regimeRows.loadMany(keys)).map((rows) => (Array.isArray(rows) ? (rows[0] ?? null) : null))),
    regimeEvents: grouped(db, 'sanctions/events', 'keys', regimeEventRow, (r) => r.key),
    regimeMeasures: grouped(db, 'sanctions/measures', 'keys', measureRow, (r) => r.key),
    sanctionsByResolution: grouped(db, 'sanctions/byResolutions', 'numbers', sanctionsActionRow, (r) => r.resolution),
  };
}

const CountRow = z.object({ total: z.number().int() });

export type MissionListParams = {
  kind: MissionRow['kind'] | null;
  /** The text in topic-key form with its apostrophe-free spelling (none when it has no letter or digit), and lower-cased; null for every name. */
  nameContains: { keys: string[]; lower: string } | null;
  /** Only missions active in this year, or null. */
  year: number | null;
};

/** One page of missions (`limit + 1` rows: the extra one says a next page exists) and their total. */
export async function listMissions(db: QueryRunner, params: MissionListParams, page: { offset: number; limit: number }) {
  const [rows, counts] = await Promise.all([
    db.read(cypher('mission/list'), { ...params, skip: page.offset, limit: page.limit + 1 }, missionRow),
    db.read(cypher('mission/count'), params, CountRow),
  ]);
  return { rows, total: counts[0]?.total ?? 0 };
}

/** The mission with this acronym, or null. */
export async function missionByAcronym(db: QueryRunner, acronym: string): Promise<MissionRow | null> {
  const [row] = await db.read(cypher('mission/byAcronym'), { acronym }, missionRow);
  return row ?? null;
}

/** One page of sanctions regimes (`limit + 1` rows) and their total. */
export async function listRegimes(db: QueryRunner, page: { offset: number; limit: number }) {
  const [rows, counts] = await Promise.all([db.read(cypher('sanctions/list'), { skip: page.offset, limit: page.limit + 1 }, regimeRow), db.read(cypher('sanctions/count'), {}, CountRow)]);
  return { rows, total: counts[0]?.total ?? 0 };
}
