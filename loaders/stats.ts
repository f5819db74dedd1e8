import { z } from 'zod';
import { cypher } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import type { Period } from '../src/generated/graphql';
import { resolutionRow, type ResolutionReads } from './resolutionRow';

const TotalsRow = z.object({
  resolutions: z.number().int(),
  withText: z.number().int(),
  unanimous: z.number().int(),
  firstYear: z.number().int().nullable(),
  lastYear: z.number().int().nullable(),
  citations: z.number().int(),
  meetings: z.number().int(),
  members: z.number().int(),
  topics: z.number().int(),
  paragraphs: z.number().int(),
});
/** Corpus totals, read by one query (`cypher/stats/totals.cypher`). */
export type StatsTotals = z.infer<typeof TotalsRow>;

/**
 * What `Query.stats` resolves to (the GraphQL `Stats` parent): `totals` runs its query on first use and is
 * shared by every totals field; the rankings run their own queries only when selected.
 */
export interface StatsModel {
  totals(): Promise<StatsTotals>;
}

const YearRow = z.object({ year: z.number().int(), count: z.number().int() });
const RankRow = z.object({ value: z.number(), resolution: resolutionRow });
const PeriodRow = z.object({ period: z.number().int(), rank: z.number().int(), value: z.number(), resolution: resolutionRow });

/** A {@link StatsModel} whose totals query runs at most once. */
export function statsModel(db: QueryRunner): StatsModel {
  let totals: Promise<StatsTotals> | undefined;
  return { totals: () => (totals ??= db.read(cypher('stats/totals'), {}, TotalsRow).then((rows) => rows[0]!)) };
}

/** Resolutions adopted per year, ascending. */
export function resolutionsPerYear(db: QueryRunner) {
  return db.read(cypher('stats/perYear'), {}, YearRow);
}

/** The top `limit` resolutions by a stored measure (`stats/mostCited` or `stats/mostInfluential`), primed. */
export async function ranking(db: QueryRunner, reads: ResolutionReads, name: 'stats/mostCited' | 'stats/mostInfluential', limit: number) {
  const rows = await db.read(reads.resolutionQuery(name), { limit }, RankRow);
  for (const r of rows) reads.primeResolution(r.resolution);
  return rows;
}

/** The most cited `limit` resolutions of each decade or year (by `period` start, then rank), primed. */
export async function mostCitedByPeriod(db: QueryRunner, reads: ResolutionReads, period: Period, limit: number) {
  const rows = await db.read(reads.resolutionQuery('stats/mostCitedByPeriod'), { period, limit }, PeriodRow);
  for (const r of rows) reads.primeResolution(r.resolution);
  return rows;
}
