import { z } from 'zod';
import type { QueryRunner } from '../src/db/Database';
import { citationItemRow, toCitationPage } from './citations';
import type { PageRequest } from './resolution';
import { resolutionRow, type ResolutionModel } from './resolutionRow';
import { seatRow, toSeatModel } from './member';
import type { Loaders } from './createLoaders';
import { topicRow, toTopicModel } from './topic';

/** A page of citations and whether its edges' own properties are read (`CitationPageKey.edgeProperties`). */
export type CitationPageRequest = PageRequest & { edgeProperties: boolean };

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
  cites: z.array(citationItemRow),
  citedByTotal: z.number().int(),
  citedBy: z.array(citationItemRow),
  nestedCites: z.array(z.object({ number: z.number().int(), total: z.number().int(), items: z.array(citationItemRow) })),
});

const OFF: CitationPageRequest = { offset: 0, limit: 0, edgeProperties: false };

/**
 * Fetches what `plan` says a query will load for resolution `number` in one statement
 * (`cypher/resolution/page.cypher`) and primes this request's loaders with it, so the field
 * resolvers that follow find their rows cached instead of sending three waves of queries. Answers
 * are unchanged: the rows are those the loaders would have fetched, under the same keys. Returns
 * the resolution, or null when there is none.
 */
export async function prefetchResolutionPage(db: QueryRunner, loaders: Loaders, number: number, plan: ResolutionPagePlan): Promise<ResolutionModel | null> {
  const [row] = await db.read(
    loaders.resolutionQuery('resolution/page'),
    {
      number,
      withTopics: plan.withTopics,
      withComposition: plan.withComposition,
      cites: plan.cites ?? OFF,
      citedBy: plan.citedBy ?? OFF,
      nestedCites: (plan.cites && plan.nestedCites) ?? OFF,
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
    for (const nested of row.nestedCites) {
      loaders.cites.prime({ number: nested.number, ...plan.nestedCites }, toCitationPage(nested.total, nested.items, loaders.primeResolution));
    }
  }
  return row.resolution;
}
