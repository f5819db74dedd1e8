import { z } from 'zod';
import { cypher } from '../../db/CypherQuery';
import type { Resolvers } from '../../generated/graphql';
import { MAX_RANKING, MAX_RANKING_PER_PERIOD } from '../../limits';
import { checkRange } from '../graph/checkRange';
import { resolutionRow } from '../../../loaders/resolutionRow';
import type { StatsTotals } from './StatsModel';

const TotalsRow: z.ZodType<StatsTotals> = z.object({
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
const YearRow = z.object({ year: z.number().int(), count: z.number().int() });
const RankRow = z.object({ value: z.number(), resolution: resolutionRow });
const PeriodRow = z.object({ period: z.number().int(), rank: z.number().int(), value: z.number(), resolution: resolutionRow });

export const statsResolvers: Resolvers = {
  Query: {
    stats: (_p, _a, { db }) => {
      let totals: Promise<StatsTotals> | undefined;
      return { totals: () => (totals ??= db.read(cypher('stats/totals'), {}, TotalsRow).then((rows) => rows[0]!)) };
    },
  },
  Stats: {
    resolutions: async (s) => (await s.totals()).resolutions,
    withText: async (s) => (await s.totals()).withText,
    unanimous: async (s) => (await s.totals()).unanimous,
    firstYear: async (s) => (await s.totals()).firstYear,
    lastYear: async (s) => (await s.totals()).lastYear,
    citations: async (s) => (await s.totals()).citations,
    meetings: async (s) => (await s.totals()).meetings,
    members: async (s) => (await s.totals()).members,
    topics: async (s) => (await s.totals()).topics,
    paragraphs: async (s) => (await s.totals()).paragraphs,
    perYear: async (_s, _a, { db }) => db.read(cypher('stats/perYear'), {}, YearRow),
    mostCited: async (_s, { limit }, { db, loaders }) => {
      const rows = await db.read(loaders.resolutionQuery('stats/mostCited'), { limit: checkRange(limit ?? 10, 'limit', 1, MAX_RANKING) }, RankRow);
      return rows.map((r, i) => (loaders.primeResolution(r.resolution), { rank: i + 1, value: r.value, resolution: r.resolution }));
    },
    mostInfluential: async (_s, { limit }, { db, loaders }) => {
      const rows = await db.read(loaders.resolutionQuery('stats/mostInfluential'), { limit: checkRange(limit ?? 10, 'limit', 1, MAX_RANKING) }, RankRow);
      return rows.map((r, i) => (loaders.primeResolution(r.resolution), { rank: i + 1, value: r.value, resolution: r.resolution }));
    },
    mostCitedByPeriod: async (_s, { period, limit }, { db, loaders }) => {
      const p = period ?? 'DECADE';
      const rows = await db.read(
        loaders.resolutionQuery('stats/mostCitedByPeriod'),
        { period: p, limit: checkRange(limit ?? 3, 'limit', 1, MAX_RANKING_PER_PERIOD) },
        PeriodRow,
      );
      const periods = new Map<number, Array<{ rank: number; value: number; resolution: z.infer<typeof resolutionRow> }>>();
      for (const r of rows) {
        loaders.primeResolution(r.resolution);
        const list = periods.get(r.period) ?? [];
        list.push({ rank: r.rank, value: r.value, resolution: r.resolution });
        periods.set(r.period, list);
      }
      return [...periods].map(([start, resolutions]) => ({
        period: p === 'YEAR' ? String(start) : `${start}s`,
        from: start,
        to: p === 'YEAR' ? start : start + 9,
        resolutions,
      }));
    },
  },
};
