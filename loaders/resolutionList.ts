import { z } from 'zod';
import type { QueryRunner } from '../src/db/Database';
import type { ResolutionOrder } from '../src/generated/graphql';
import type { Loaders } from './createLoaders';
import { seatRow, toSeatModel } from './member';
import type { ResolutionFilterParams } from './ResolutionFilterParams';
import { resolutionRow, type ResolutionModel } from './resolutionRow';
import { topicRow, toTopicModel } from './topic';

/** What a list query is about to ask the loaders for under each resolution of the page (planResolutionList in src/resolvers/resolution/planResolutionPage.ts). */
export interface ResolutionListPlan {
  withTopics: boolean;
  withComposition: boolean;
}

/**
 * The year span every stored resolution lies in: the bounds the list query seeks the year index with
 * when the filter gives none (every resolution has a year: the row schema requires it). 32-bit limits,
 * so that they hold any year at all.
 */
const ANY_YEAR = { from: -2_147_483_648, to: 2_147_483_647 };

/** One resolution of the page with the total; past the end a single row with the total and no resolution. */
const Row = z.union([
  z.object({ total: z.number().int(), resolution: resolutionRow, topics: z.array(topicRow), composition: z.array(seatRow) }),
  z.object({ total: z.number().int(), resolution: z.null(), topics: z.null(), composition: z.null() }),
]);

/**
 * `limit` resolutions matching `filter` from `offset`, in `order`, and how many match in all, in one
 * statement (`cypher/resolution/list.cypher`). The rows are primed into the request's resolution loader and,
 * as far as `plan` says they will be asked for, each one's topics and composition into theirs, so the field
 * resolvers below the list find them cached instead of sending a second wave of queries.
 */
export async function resolutionList(
  db: QueryRunner,
  loaders: Loaders,
  filter: ResolutionFilterParams,
  order: ResolutionOrder,
  page: { offset: number; limit: number },
  plan: ResolutionListPlan,
): Promise<{ rows: ResolutionModel[]; total: number }> {
  // The year index bounds: a superset of what the filter's own year constraints (checked again in the $filter block) allow.
  const years = { from: filter.year ?? filter.yearFrom ?? ANY_YEAR.from, to: filter.year ?? filter.yearTo ?? ANY_YEAR.to };
  const rows = await db.read(
    loaders.resolutionQuery('resolution/list'),
    { filter, years, order, skip: page.offset, limit: page.limit, withTopics: plan.withTopics, withComposition: plan.withComposition },
    Row,
  );
  const items = rows.flatMap((r) => (r.resolution === null ? [] : [r]));
  for (const item of items) {
    const number = item.resolution.number;
    loaders.primeResolution(item.resolution);
    if (plan.withTopics) loaders.topics.prime(number, item.topics.map(toTopicModel));
    if (plan.withComposition) loaders.composition.prime(number, item.composition.map(toSeatModel));
  }
  return { rows: items.map((i) => i.resolution), total: rows[0]?.total ?? 0 };
}
