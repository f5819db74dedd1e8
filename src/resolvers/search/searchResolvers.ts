import { Kind, type FieldNode } from 'graphql';
import { z } from 'zod';
import { badInput } from '../../errors/AppError';
import { cypher } from '../../db/CypherQuery';
import type { Resolvers } from '../../generated/graphql';
import type { QueryRunner } from '../../db/Database';
import { DEFAULT_SNIPPETS, MAX_SNIPPETS, MAX_TOPIC_FACETS, SEARCH_COUNT_CAP } from '../../limits';
import { pageRequest, toPage } from '../common/pagination';
import { resolutionRow } from '../../../loaders/resolutionRow';
import { toFilterParams } from '../resolution/toFilterParams';
import { extractTerms, filteredInLucene, paragraphQuery, type SearchTerm } from './luceneQuery';
import { isPlainQuery, readPlainQuery } from './plainQuery';
import type { SearchConnectionModel } from './SearchConnectionModel';
import { translateSearchError, validateSearchQuery } from './searchErrors';
import { toSnippets } from './snippets';

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

/**
 * Lucene's top-k for a page Lucene filters itself fetches this many candidates beyond the page, so resolutions that tie
 * on score at the page's edge are ordered by the tie-break (citedByCount, number) and not by Lucene's doc id.
 */
const TIE_MARGIN = 30;

/** The Lucene query that runs, and the terms to highlight: plain words are rewritten, Lucene syntax kept. */
function understand(text: string): { lucene: string; terms: SearchTerm[] } {
  const plain = isPlainQuery(text) ? readPlainQuery(text) : null;
  return plain ?? { lucene: text, terms: extractTerms(text) };
}

/** How many resolutions match, counted up to SEARCH_COUNT_CAP + 1; shared by `totalCount` and `totalCountIsExact`. */
function countMatches(db: QueryRunner, c: Pick<SearchConnectionModel, 'query' | 'filter' | 'inLucene'>): Promise<number> {
  return guarded(
    c.inLucene !== null
      ? db.read(cypher('search/countTopK'), { query: c.inLucene, cap: SEARCH_COUNT_CAP }, CountRow)
      : db.read(cypher('search/count'), { query: c.query, filter: c.filter, cap: SEARCH_COUNT_CAP }, CountRow),
  ).then((rows) => rows[0]?.total ?? 0);
}

function capped(c: SearchConnectionModel, db: QueryRunner): Promise<number> {
  c.count ??= countMatches(db, c);
  return c.count;
}

/** True when the query selects `totalCount` or `totalCountIsExact` directly on the search connection. */
function selectsCount(fields: readonly FieldNode[]): boolean {
  return fields.some((f) => f.selectionSet?.selections.some((s) => s.kind === Kind.FIELD && (s.name.value === 'totalCount' || s.name.value === 'totalCountIsExact')));
}

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_p, { query, filter, first, after }, { db, loaders }, info) => {
      const text = validateSearchQuery(query);
      const params = toFilterParams(filter);
      const page = pageRequest(first, after);
      const { lucene, terms } = understand(text);
      const inLucene = filteredInLucene(lucene, params);
      const plan = { query: lucene, filter: params, inLucene };
      // A selected count runs beside the page, not after it; its error (if any) reaches the client from `totalCount`.
      const count = selectsCount(info.fieldNodes) ? countMatches(db, plan) : undefined;
      count?.catch(() => undefined);
      const rows = await guarded(
        inLucene !== null
          ? db.read(cypher('search/hitsTopK'), { query: inLucene, skip: page.offset, limit: page.limit + 1, candidates: page.offset + page.limit + 1 + TIE_MARGIN }, HitRow)
          : db.read(cypher('search/hits'), { query: lucene, filter: params, skip: page.offset, limit: page.limit + 1 }, HitRow),
      );
      for (const r of rows) loaders.primeResolution(r.resolution);
      const { edges, pageInfo } = toPage(rows, page, (r, cursor) => ({ cursor, node: { resolution: r.resolution, score: r.score, terms } }));
      return { edges, pageInfo, ...plan, count };
    },
  },
  SearchConnection: {
    totalCount: async (c, _a, { db }) => Math.min(await capped(c, db), SEARCH_COUNT_CAP),
    totalCountIsExact: async (c, _a, { db }) => (await capped(c, db)) <= SEARCH_COUNT_CAP,
    facets: async (c, _a, { db }) => {
      const [row] = await guarded(db.read(cypher('search/facets'), { query: c.inLucene ?? c.query, filter: c.filter, topicLimit: MAX_TOPIC_FACETS }, FacetRow));
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
      const pq = paragraphQuery(hit.terms);
      const paragraphs = pq && hit.resolution.hasText ? await guarded(loaders.snippets.load({ query: pq, number: hit.resolution.number, limit: wanted })) : [];
      return toSnippets(paragraphs, hit.resolution.title ?? null, hit.terms);
    },
  },
};
