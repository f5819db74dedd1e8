import DataLoader from 'dataloader';
import { z } from 'zod';
import { citationKeys, directed, type CypherQuery } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import { resolutionRow, type ResolutionModel } from './resolutionRow';

/** Which page of which resolution's citations a loader key asks for. */
export interface CitationPageKey {
  number: number;
  offset: number;
  limit: number;
  /**
   * The edges' own properties the page reads (of {@link EDGE_PROPERTIES}, in that order); the others come
   * back null (`sources` empty), and none at all when it is empty (only `node` selected). The page is cached
   * under them, so a field that selects more never gets it.
   */
  edgeKeys: readonly string[];
  /**
   * The Resolution row keys the page's `node`s select (fragment order). A page the look-ahead projected
   * with only these keys is cached under them, so a selection needing other keys never gets it; this
   * loader's own query projects the request's whole selection, a superset of every key's.
   */
  nodeKeys: readonly string[];
}

/** The properties of a citation edge, in the order `edgeKeys` lists them: cypher/fragments/citation.cypher's keys, read from it. */
export const EDGE_PROPERTIES: readonly string[] = citationKeys();

/** One citation edge with the resolution at its other end. */
export interface CitationItem {
  verb: string | null;
  paragraph: string | null;
  context: string | null;
  source: string | null;
  sources: string[];
  mentions: number | null;
  resolution: ResolutionModel;
}

/** A page of citation edges and the total across pages. */
export interface CitationPage {
  total: number;
  items: CitationItem[];
}

/**
 * A citation edge's properties as cypher/fragments/citation.cypher maps them (when the page reads any): a property
 * the page did not read is null (`$$CITATION`) or absent (`$$CITATION_CUT`); {@link toCitationPage} makes both null
 * (`sources` empty).
 */
export const citationRow = z.object({
  verb: z.string().nullish(),
  paragraph: z.string().nullish(),
  context: z.string().nullish(),
  source: z.string().nullish(),
  sources: z.array(z.string()).nullish(),
  mentions: z.number().int().nullish(),
});

/** One `{citation, resolution}` item as `cypher/resolution/citations.cypher` (and page.cypher) project it. */
export const citationItemRow = z.object({
  /** Null when the page was loaded without edge properties (see {@link CitationPageKey.edgeKeys}). */
  citation: citationRow.nullable(),
  resolution: resolutionRow,
});

/** A citation edge's verb, paragraph and context: what a citationAdded event, the cited-by feed and a path's edges show. */
export interface CitationSummary {
  verb: string | null;
  paragraph: string | null;
  context: string | null;
}
/** The `edgeKeys` that read a {@link CitationSummary}'s properties (and no others) through cypher/fragments/citation.cypher. */
export const SUMMARY_EDGE_KEYS: readonly string[] = ['verb', 'paragraph', 'context'];
/** The {@link CitationSummary} of a citation map read with {@link SUMMARY_EDGE_KEYS}. */
export const citationSummary = (c: z.infer<typeof citationItemRow.shape.citation>): CitationSummary => ({ verb: c?.verb ?? null, paragraph: c?.paragraph ?? null, context: c?.context ?? null });

const Row = z.object({
  number: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  edgeKeys: z.array(z.string()),
  total: z.number().int(),
  items: z.array(citationItemRow),
});

/** A checked page row as the loaders cache it; the resolutions at the other end go to `prime`. */
export function toCitationPage(total: number, items: Array<z.infer<typeof citationItemRow>>, prime: (r: ResolutionModel) => void): CitationPage {
  for (const item of items) prime(item.resolution);
  // Named properties, not a spread of the citation: V8 builds a literal of known shape far cheaper (the spread
  // was 1.4 % of the nested workload's CPU samples, our largest own function there).
  return {
    total,
    items: items.map((i) => {
      const c = i.citation ?? NO_PROPERTIES;
      return { verb: c.verb ?? null, paragraph: c.paragraph ?? null, context: c.context ?? null, source: c.source ?? null, sources: c.sources ?? [], mentions: c.mentions ?? null, resolution: i.resolution };
    }),
  };
}

const NO_PROPERTIES = { verb: null, paragraph: null, context: null, source: null, sources: [], mentions: null };

/** Which page a row is: what the query reads by, leaving out `nodeKeys` (its projection covers them all). */
const pageId = (k: Pick<CitationPageKey, 'number' | 'offset' | 'limit' | 'edgeKeys'>) => `${k.number}:${k.offset}:${k.limit}:${k.edgeKeys.join(',')}`;
const keyId = (k: CitationPageKey) => `${pageId(k)}:${k.nodeKeys.join(',')}`;

/**
 * Pages of citation edges (`cites` or `citedBy`) for many resolutions in one query. The resolutions at
 * the other end come in the same rows, so they are handed to `prime` and never fetched again.
 */
export function citationPages(
  db: QueryRunner,
  query: (name: string) => CypherQuery,
  direction: 'cites' | 'citedBy',
  prime: (resolution: ResolutionModel) => void,
): DataLoader<CitationPageKey, CitationPage, string> {
  return new DataLoader(
    async (keys) => {
      const rows = await db.read(query(directed('resolution/citations', direction)), { keys: keys.map((k) => ({ number: k.number, offset: k.offset, limit: k.limit, edgeKeys: k.edgeKeys })) }, Row);
      const found = new Map(rows.map((r) => [pageId(r), r]));
      return keys.map((k) => {
        const row = found.get(pageId(k));
        return row ? toCitationPage(row.total, row.items, prime) : { total: 0, items: [] };
      });
    },
    { cacheKeyFn: keyId },
  );
}
