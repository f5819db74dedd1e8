import { z } from 'zod';
import type { QueryRunner } from '../src/db/Database';
import { citationItemRow, citationRow, toCitationPage, type CitationPageKey } from './citations';
import type { PageRequest } from './resolution';
import { resolutionRow, type ResolutionModel } from './resolutionRow';
import { seatRow, toSeatModel } from './member';
import type { Loaders } from './createLoaders';
import { topicRow, toTopicModel } from './topic';

/** A page of citations, the properties of its edges and the row keys of its nodes it reads (`CitationPageKey`). */
export type CitationPageRequest = PageRequest & Pick<CitationPageKey, 'edgeKeys' | 'nodeKeys'>;

/** Which parts of a resolution page one query is about to ask the loaders for (src/resolvers/resolution/planResolutionPage.ts). */
export interface ResolutionPagePlan {
  withTopics: boolean;
  withComposition: boolean;
  cites: CitationPageRequest | null;
  citedBy: CitationPageRequest | null;
  /** The page of `cites` asked for under each resolution of the `cites` page. */
  nestedCites: CitationPageRequest | null;
}

const Row = z.object({
  resolution: resolutionRow,
  topics: z.array(topicRow),
  composition: z.array(seatRow),
  citesTotal: z.number().int(),
  /**
   * Each cited resolution's own `cites` page rides on its item (empty, total 0, when no nested page was asked for):
   * its resolutions in page order, and their edges' maps in the same order, or none when no edge property was selected.
   */
  cites: z.array(
    citationItemRow.extend({
      nestedTotal: z.number().int(),
      nested: z.array(resolutionRow),
      nestedCitations: z.array(citationRow),
    }),
  ),
  citedByTotal: z.number().int(),
  citedBy: z.array(citationItemRow),
});

const OFF: CitationPageRequest = { offset: 0, limit: 0, edgeKeys: [], nodeKeys: [] };

/**
 * Fetches what `plan` says a query will load for resolution `number` in one statement
 * (`cypher/resolution/page.cypher`) and primes this request's loaders with it, so the field
 * resolvers that follow find their rows cached instead of sending three waves of queries. Answers
 * are unchanged: the rows are those the loaders would have fetched, under the same keys. Returns
 * the resolution, or null when there is none.
 */
export async function prefetchResolutionPage(db: QueryRunner, loaders: Loaders, number: number, plan: ResolutionPagePlan): Promise<ResolutionModel | null> {
  const cites = plan.cites ?? OFF;
  const citedBy = plan.citedBy ?? OFF;
  const nestedCites = (plan.cites && plan.nestedCites) ?? OFF;
  // The page's resolution gets the request's whole selection (it is primed for any later read); the
  // others only what their position selects: page.cypher's `t` (cited), `u` (citing), `n` (nested).
  const resolutionByVariable = { t: new Set(cites.nodeKeys), u: new Set(citedBy.nodeKeys), n: new Set(nestedCites.nodeKeys) };
  // Each page's edges read the properties it selects, chosen in the text: `c` cited, `b` citing, `d` nested.
  const citationByVariable = { c: new Set(cites.edgeKeys), b: new Set(citedBy.edgeKeys), d: new Set(nestedCites.edgeKeys) };
  const [row] = await db.read(
    loaders.resolutionQuery('resolution/page', { resolutionByVariable, citationByVariable }),
    {
      number,
      withTopics: plan.withTopics,
      withComposition: plan.withComposition,
      cites: { offset: cites.offset, limit: cites.limit },
      citedBy: { offset: citedBy.offset, limit: citedBy.limit },
      nestedCites: { offset: nestedCites.offset, limit: nestedCites.limit },
    },
    Row,
  );
  if (!row) return null;
  loaders.primeResolution(row.resolution);
  if (plan.withTopics) loaders.topics.prime(number, row.topics.map(toTopicModel));
  if (plan.withComposition) loaders.composition.prime(number, row.composition.map(toSeatModel));
  if (plan.cites) loaders.cites.prime({ number, ...plan.cites }, toCitationPage(row.citesTotal, row.cites, loaders.primeResolution));
  if (plan.citedBy) loaders.citedBy.prime({ number, ...plan.citedBy }, toCitationPage(row.citedByTotal, row.citedBy, loaders.primeResolution));
  if (plan.cites && plan.nestedCites) {
    for (const { resolution, nestedTotal, nested, nestedCitations } of row.cites) {
      const items = nested.map((n, i) => ({ citation: nestedCitations[i] ?? null, resolution: n }));
      loaders.cites.prime({ number: resolution.number, ...plan.nestedCites }, toCitationPage(nestedTotal, items, loaders.primeResolution));
    }
  }
  return row.resolution;
}
