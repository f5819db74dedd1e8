import { z } from 'zod';
import { badInput } from '../../errors/AppError';
import { cypher } from '../../db/CypherQuery';
import type { Resolvers } from '../../generated/graphql';
import { DEFAULT_SNIPPETS, MAX_SNIPPETS, MAX_TOPIC_FACETS } from '../../limits';
import { pageRequest, toPage } from '../common/pagination';
import { resolutionRow } from '../../../loaders/resolutionRow';
import { toFilterParams } from '../resolution/toFilterParams';
import { extractTerms } from './extractTerms';
import { paragraphQuery } from './paragraphQuery';
import { toSnippets } from './toSnippets';
import { translateSearchError } from './translateSearchError';
import { validateSearchQuery } from './validateSearchQuery';

const HitRow = z.object({ score: z.number(), resolution: resolutionRow });
const CountRow = z.object({ total: z.number().int() });
const FacetRow = z.object({
  years: z.array(z.object({ value: z.number().int(), count: z.number().int() })),
  topics: z.array(z.object({ value: z.string(), count: z.number().int() })),
  members: z.array(z.object({ value: z.string(), label: z.string().nullable(), count: z.number().int() })),
});

/** Runs a search query, turning Lucene's syntax errors into BAD_USER_INPUT. */
async function guarded<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    throw translateSearchError(err);
  }
}

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_p, { query, filter, first, after }, { db, loaders }) => {
      const text = validateSearchQuery(query);
      const params = toFilterParams(filter);
      const page = pageRequest(first, after);
      const rows = await guarded(db.read(cypher('search/hits'), { query: text, filter: params, skip: page.offset, limit: page.limit + 1 }, HitRow));
      for (const r of rows) loaders.primeResolution(r.resolution);
      const { edges, pageInfo } = toPage(rows, page, (r, cursor) => ({ cursor, node: { resolution: r.resolution, score: r.score, query: text } }));
      return { edges, pageInfo, query: text, filter: params };
    },
  },
  SearchConnection: {
    totalCount: async (c, _a, { db }) => (await guarded(db.read(cypher('search/count'), { query: c.query, filter: c.filter }, CountRow)))[0]?.total ?? 0,
    facets: async (c, _a, { db }) => {
      const [row] = await guarded(db.read(cypher('search/facets'), { query: c.query, filter: c.filter, topicLimit: MAX_TOPIC_FACETS }, FacetRow));
      const years = row?.years ?? [];
      const decades = new Map<number, number>();
      for (const y of years) decades.set(y.value - (y.value % 10), (decades.get(y.value - (y.value % 10)) ?? 0) + y.count);
      return {
        years: years.map((y) => ({ value: String(y.value), label: String(y.value), count: y.count })),
        decades: [...decades].sort(([a], [b]) => a - b).map(([d, count]) => ({ value: String(d), label: `${d}s`, count })),
        topics: (row?.topics ?? []).map((t) => ({ value: t.value, label: t.value, count: t.count })),
        members: (row?.members ?? []).map((m) => ({ value: m.value, label: m.label ?? m.value, count: m.count })),
      };
    },
  },
  SearchHit: {
    snippets: async (hit, { limit }, { loaders }) => {
      const wanted = limit ?? DEFAULT_SNIPPETS;
      if (!Number.isInteger(wanted) || wanted < 1 || wanted > MAX_SNIPPETS) {
        throw badInput(`\`limit\` must be between 1 and ${MAX_SNIPPETS}; got ${wanted}.`, { argument: 'limit', max: MAX_SNIPPETS });
      }
      const terms = extractTerms(hit.query);
      const pq = paragraphQuery(terms);
      const paragraphs = pq && hit.resolution.hasText ? await guarded(loaders.snippets.load({ query: pq, number: hit.resolution.number, limit: wanted })) : [];
      return toSnippets(paragraphs, hit.resolution.title ?? null, terms);
    },
  },
};
