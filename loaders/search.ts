/**
 * The search reads: the page of hits (with the count in the same statement when it is wanted), the capped count
 * on its own, the facets, and the snippet paragraphs of a page's hits. Cypher: `cypher/search/*.cypher`.
 */
import DataLoader from 'dataloader';
import { z } from 'zod';
import { cypher } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import type { PageInfo } from '../src/generated/graphql';
import type { SearchTerm } from '../src/search/highlighting';
import type { ResolutionFilterParams } from './ResolutionFilterParams';
import { groupBy } from './groupBy';
import { paragraphRow, type PageRequest } from './resolution';
import { resolutionRow, type ResolutionModel, type ResolutionReads } from './resolutionRow';

/**
 * The full-text index a search runs on (both are in cypher/schema/02_indexes.cypher): `resolution_search` for
 * Lucene syntax, over the fields the API documents; `resolution_ranked` for plain words, over the same fields and
 * `citedAs` (how later resolutions cite each one), which the plain-words query uses to rank only.
 */
export type SearchIndex = 'resolution_search' | 'resolution_ranked';

/** What runs for a search: the index, the Lucene query, the filter, and the query with the filter inside it when Lucene can apply it. */
export interface SearchPlan {
  index: SearchIndex;
  query: string;
  filter: ResolutionFilterParams;
  /** `query` with the filter inside it, when Lucene can apply the filter (`filteredInLucene`); else null */
  inLucene: string | null;
}

/** One search hit (the GraphQL `SearchHit` parent); the query's positive `terms` travel along for `snippets`. */
export interface SearchHitModel {
  resolution: ResolutionModel;
  score: number;
  terms: SearchTerm[];
}

/**
 * A page of hits (the GraphQL `SearchConnection` parent); `totalCount`, `totalCountIsExact` and `facets` are
 * fetched only when a client selects them (`count` holds the one capped count both count fields share).
 */
export interface SearchConnectionModel extends SearchPlan {
  edges: Array<{ cursor: string; node: SearchHitModel }>;
  pageInfo: PageInfo;
  count?: Promise<number>;
}

const HitsRow = z.object({
  total: z.number().int(),
  hits: z.array(z.object({ score: z.number(), resolution: resolutionRow })),
});
/** A page of hits, in rank order. */
export type SearchHitRow = z.infer<typeof HitsRow>['hits'][number];

const CountRow = z.object({ total: z.number().int() });
const FacetRow = z.object({
  years: z.array(z.object({ value: z.number().int(), count: z.number().int() })),
  topics: z.array(z.object({ value: z.string(), count: z.number().int() })),
  members: z.array(z.object({ value: z.string(), label: z.string().nullable(), count: z.number().int() })),
});
/** The facet counts of every match. */
export type SearchFacetRow = z.infer<typeof FacetRow>;

/**
 * Lucene's top-k for a page Lucene filters itself fetches this many candidates beyond the page, so resolutions that tie
 * on score at the page's edge are ordered by the tie-break (citedByCount, number) and not by Lucene's doc id.
 */
const TIE_MARGIN = 30;

/**
 * One page of hits (`page.limit + 1` rows: the extra one says a next page exists), primed into the resolution
 * loader, and the number of matches when this one statement could count them: up to `countCap + 1` when
 * `countCap` is given (the caller wants the count: Lucene then returns that many candidates, which the same
 * walk counts), else only when fewer matches than candidates came back (then the count is exact for free).
 * A filter Lucene cannot apply walks and counts every match anyway. `total` is null when unknown.
 */
export async function searchHits(
  db: QueryRunner,
  reads: ResolutionReads,
  plan: SearchPlan,
  page: PageRequest,
  countCap: number | null,
): Promise<{ hits: SearchHitRow[]; total: number | null }> {
  const skip = page.offset;
  const limit = page.limit + 1;
  let row: z.infer<typeof HitsRow> | undefined;
  let candidates = Infinity;
  if (plan.inLucene !== null) {
    const window = skip + limit + TIE_MARGIN;
    candidates = countCap === null ? window : Math.max(window, countCap + 1);
    [row] = await db.read(reads.resolutionQuery('search/hitsTopK'), { index: plan.index, query: plan.inLucene, skip, limit, window, candidates }, HitsRow);
  } else {
    const params = { index: plan.index, query: plan.query, filter: plan.filter, skip, limit, window: null };
    [row] = await db.read(reads.resolutionQuery('search/hits'), params, HitsRow);
  }
  const hits = row?.hits ?? [];
  for (const h of hits) reads.primeResolution(h.resolution);
  const total = row?.total ?? 0;
  return { hits, total: total < candidates || countCap !== null ? total : null };
}

/**
 * How many resolutions match the Lucene query `inLucene` (a plan's query with its filter inside), counted by
 * Lucene (on `index`) up to `cap + 1` (the caller reports `cap` and "not exact" beyond it). Only Lucene-filtered plans need
 * it: a filter Lucene cannot apply is counted by {@link searchHits} itself.
 */
export async function countInLucene(db: QueryRunner, index: SearchIndex, inLucene: string, cap: number): Promise<number> {
  const rows = await db.read(cypher('search/countTopK'), { index, query: inLucene, cap }, CountRow);
  return rows[0]?.total ?? 0;
}

/** Per-year, per-topic (the `topicLimit` most frequent) and per-member counts over every match of `plan`. */
export async function searchFacets(db: QueryRunner, plan: SearchPlan, topicLimit: number): Promise<SearchFacetRow> {
  const [row] = await db.read(cypher('search/facets'), { index: plan.index, query: plan.inLucene ?? plan.query, filter: plan.filter, topicLimit }, FacetRow);
  return row ?? { years: [], topics: [], members: [] };
}

const ParagraphRow = paragraphRow.extend({ score: z.number(), preambular: z.number().int().nullable() });

export type SnippetParagraph = z.infer<typeof ParagraphRow>;

/** Which resolution's best paragraphs for which paragraph-level Lucene query, and how many. */
export interface SnippetKey {
  query: string;
  number: number;
  limit: number;
}

/** The best-matching paragraphs of every hit on a page: one query per (query, limit) pair in the batch. */
export function snippetParagraphs(db: QueryRunner): DataLoader<SnippetKey, SnippetParagraph[], string> {
  return new DataLoader(
    async (keys) => {
      const batches = groupBy(keys, (k) => `${k.limit}\u0000${k.query}`);
      const found = new Map<string, SnippetParagraph[]>();
      await Promise.all(
        [...batches.values()].map(async (batch) => {
          const { query, limit } = batch[0]!;
          const numbers = [...new Set(batch.map((k) => k.number))];
          const rows = await db.read(cypher('search/paragraphs'), { query, numbers, perResolution: limit }, ParagraphRow);
          for (const [n, group] of groupBy(rows, (r) => r.resolution)) found.set(`${limit}\u0000${query}\u0000${n}`, group);
        }),
      );
      return keys.map((k) => found.get(`${k.limit}\u0000${k.query}\u0000${k.number}`) ?? []);
    },
    { cacheKeyFn: (k) => `${k.limit}\u0000${k.query}\u0000${k.number}` },
  );
}
