import { z } from 'zod';
import { cypher } from '../../db/CypherQuery';
import type { QueryRunner } from '../../db/Database';
import type { ResolutionOrder, ResolversTypes } from '../../generated/graphql';
import type { Loaders } from '../../../loaders/createLoaders';
import { toPage, type PageRequest } from '../common/pagination';
import type { ResolutionFilterParams } from './ResolutionFilterParams';
import { resolutionRow } from '../../../loaders/resolutionRow';

const Row = z.object({ resolution: resolutionRow });
const CountRow = z.object({ total: z.number().int() });

/** One page of filtered resolutions plus the total, as a connection (the page and the count run in parallel). */
export async function listResolutions(
  db: QueryRunner,
  loaders: Loaders,
  filter: ResolutionFilterParams,
  order: ResolutionOrder,
  page: PageRequest,
): Promise<ResolversTypes['ResolutionConnection']> {
  const [rows, counts] = await Promise.all([
    db.read(loaders.resolutionQuery('resolution/list'), { filter, order, skip: page.offset, limit: page.limit + 1 }, Row),
    db.read(cypher('resolution/count'), { filter }, CountRow),
  ]);
  for (const r of rows) loaders.primeResolution(r.resolution);
  return { ...toPage(rows, page, (r, cursor) => ({ cursor, node: r.resolution })), totalCount: counts[0]?.total ?? 0 };
}
