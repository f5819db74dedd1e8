import type { Resolvers } from '../../generated/graphql';
import { MAX_RANKING, MAX_RANKING_PER_PERIOD } from '../../limits';
import { checkRange } from '../common/arguments';
import type { ResolutionModel } from '../../../loaders/resolutionRow';
import { mostCitedByPeriod, ranking, resolutionsPerYear, statsModel } from '../../../loaders/stats';

export const statsResolvers: Resolvers = {
  Query: {
    stats: (_p, _a, { db }) => statsModel(db),
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
    perYear: (_s, _a, { db }) => resolutionsPerYear(db),
    mostCited: async (_s, { limit }, { db, loaders }) =>
      (await ranking(db, loaders, 'stats/mostCited', checkRange(limit ?? 10, 'limit', 1, MAX_RANKING))).map((r, i) => ({ rank: i + 1, value: r.value, resolution: r.resolution })),
    mostInfluential: async (_s, { limit }, { db, loaders }) =>
      (await ranking(db, loaders, 'stats/mostInfluential', checkRange(limit ?? 10, 'limit', 1, MAX_RANKING))).map((r, i) => ({ rank: i + 1, value: r.value, resolution: r.resolution })),
    mostCitedByPeriod: async (_s, { period, limit }, { db, loaders }) => {
      const p = period ?? 'DECADE';
      const rows = await mostCitedByPeriod(db, loaders, p, checkRange(limit ?? 3, 'limit', 1, MAX_RANKING_PER_PERIOD));
      const periods = new Map<number, Array<{ rank: number; value: number; resolution: ResolutionModel }>>();
      for (const r of rows) {
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
