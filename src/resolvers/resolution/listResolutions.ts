import type { QueryRunner } from '../../db/Database';
import type { ResolutionOrder, ResolversTypes } from '../../generated/graphql';
import type { Loaders } from '../../../loaders/createLoaders';
import { resolutionList, type ResolutionListPlan } from '../../../loaders/resolutionList';
import { toPage, type PageRequest } from '../common/pagination';
import type { ResolutionFilterParams } from '../../../loaders/ResolutionFilterParams';
import { withTopicFallback } from './topicFilterKeys';

/**
 * One page of filtered resolutions plus the total, as a connection (one extra row says whether a next page
 * exists), with the topics and composition `plan` names fetched in the same statement.
 */
export async function listResolutions(
  db: QueryRunner,
  loaders: Loaders,
  filter: ResolutionFilterParams,
  order: ResolutionOrder,
  page: PageRequest,
  plan: ResolutionListPlan,
): Promise<ResolversTypes['ResolutionConnection']> {
  const { rows, total } = await resolutionList(db, loaders, await withTopicFallback(db, filter), order, { offset: page.offset, limit: page.limit + 1 }, plan);
  return { ...toPage(rows, page, (node, cursor) => ({ cursor, node })), totalCount: total };
}
