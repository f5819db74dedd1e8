import { Kind, type FieldNode } from 'graphql';
import { badInput } from '../../errors/AppError';
import type { Resolvers, ResolversTypes } from '../../generated/graphql';
import type { QueryRunner } from '../../db/Database';
import { DEFAULT_SNIPPETS, MAX_SNIPPETS, MAX_TOPIC_FACETS, SEARCH_COUNT_CAP } from '../../limits';
import { pageRequest, toPage } from '../common/pagination';
import { countInLucene, searchFacets, searchHits, type SearchConnectionModel, type SearchIndex, type SnippetParagraph } from '../../../loaders/search';
import { dbEnums } from '../../../loaders/dbEnums';
import { paragraphRef } from '../../../loaders/paragraphRef';
import type { SearchTerm } from '../../search/highlighting';
import { escapeInWordSlashes, extractTerms, filteredInLucene, paragraphQuery } from '../../search/luceneQuery';
import { isPlainQuery, readPlainQuery } from '../../search/plainQuery';
import { snippetOf } from '../../search/snippets';
import { toFilterParams } from '../resolution/toFilterParams';
import { withTopicFallback } from '../resolution/topicFilterKeys';
import { translateSearchError, validateSearchQuery } from './searchErrors';

/** Runs a search query, turning Lucene's syntax errors into BAD_USER_INPUT. */
async function guarded<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    throw translateSearchError(err);
  }
}

/** The Lucene query that runs, on which index, and the terms to highlight: plain words are rewritten, Lucene syntax kept. */
function understand(text: string): { index: SearchIndex; lucene: string; terms: SearchTerm[] } {
  const plain = isPlainQuery(text) ? readPlainQuery(text) : null;
  if (plain) return { index: 'resolution_ranked', ...plain };
  const lucene = escapeInWordSlashes(text);
  return { index: 'resolution_search', lucene, terms: extractTerms(lucene) };
}

/**
 * The capped count shared by `totalCount` and `totalCountIsExact`: the page's own statement counted it when it
 * could (see `searchHits`); else (the count was selected where `selectsCount` does not look, e.g. in a fragment,
 * or the Lucene-filtered page stopped at its candidates) Lucene counts on first use.
 */
function capped(c: SearchConnectionModel, db: QueryRunner): Promise<number> {
  if (c.count) return c.count;
  if (c.inLucene === null) throw new Error('a page filtered in Cypher always comes with its count');
  c.count = guarded(countInLucene(db, c.index, c.inLucene, SEARCH_COUNT_CAP));
  return c.count;
}

/** True when the query selects `totalCount` or `totalCountIsExact` directly on the search connection. */
function selectsCount(fields: readonly FieldNode[]): boolean {
  return fields.some((f) => f.selectionSet?.selections.some((s) => s.kind === Kind.FIELD && (s.name.value === 'totalCount' || s.name.value === 'totalCountIsExact')));
}

/** Paragraph snippets with marked words; a title snippet when no paragraph matched. */
function toSnippets(paragraphs: SnippetParagraph[], title: string | null, terms: SearchTerm[]): Array<ResolversTypes['Snippet']> {
  if (paragraphs.length === 0) return [{ ref: 'title', kind: 'TITLE', paragraphId: null, number: null, ...snippetOf(title ?? '', terms, 'title') }];
  return paragraphs.map((p) => {
    const kind = dbEnums.paragraphKindFromDb(p.kind);
    return { ref: paragraphRef(kind, p.preambular, p.number, p.ordinal), kind, paragraphId: p.id, number: p.number, ...snippetOf(p.text, terms, 'text') };
  });
}

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_p, { query, filter, first, after }, { db, loaders }, info) => {
      const text = validateSearchQuery(query);
      const params = await withTopicFallback(db, toFilterParams(filter));
      const page = pageRequest(first, after);
      const { index, lucene, terms } = understand(text);
      const inLucene = filteredInLucene(lucene, params);
      const plan = { index, query: lucene, filter: params, inLucene };
      // One statement: the page, and the count (up to the cap) when it is selected.
      const { hits, total } = await guarded(searchHits(db, loaders, plan, page, selectsCount(info.fieldNodes) ? SEARCH_COUNT_CAP : null));
      const { edges, pageInfo } = toPage(hits, page, (r, cursor) => ({ cursor, node: { resolution: r.resolution, score: r.score, terms } }));
      return { edges, pageInfo, ...plan, count: total === null ? undefined : Promise.resolve(total) };
    },
  },
  SearchConnection: {
    totalCount: async (c, _a, { db }) => Math.min(await capped(c, db), SEARCH_COUNT_CAP),
    totalCountIsExact: async (c, _a, { db }) => (await capped(c, db)) <= SEARCH_COUNT_CAP,
    facets: async (c, _a, { db }) => {
      const row = await guarded(searchFacets(db, c, MAX_TOPIC_FACETS));
      const years = row.years;
      const decades = new Map<number, number>();
      for (const y of years) decades.set(y.value - (y.value % 10), (decades.get(y.value - (y.value % 10)) ?? 0) + y.count);
      return {
        years: years.map((y) => ({ value: String(y.value), label: String(y.value), count: y.count })),
        decades: [...decades].sort(([a], [b]) => a - b).map(([d, count]) => ({ value: String(d), label: `${d}s`, count })),
        topics: row.topics.map((t) => ({ value: t.value, label: t.value, count: t.count })),
        members: row.members.map((m) => ({ value: m.value, label: m.label ?? m.value, count: m.count })),
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
