import { z } from 'zod';
import type { QueryRunner } from '../src/db/Database';
import type { ResolutionOrder } from '../src/generated/graphql';
import type { ResolutionFilterParams } from './ResolutionFilterParams';
import type { Loaders } from './createLoaders';
import { resolutionRow, type ResolutionModel } from './resolutionRow';

const Row = z.object({ resolution: resolutionRow });
const CountRow = z.object({ total: z.number().int() });

/**
 * `limit` resolutions matching `filter` from `offset`, in `order`, and how many match in all (the page
 * and the count run in parallel). The rows are primed into the request's resolution loader.
 */
export async function resolutionList(
  db: QueryRunner,
  loaders: Loaders,
  filter: ResolutionFilterParams,
  order: ResolutionOrder,
  offset: number,
  limit: number,
): Promise<{ rows: ResolutionModel[]; total: number }> {
  const [rows, counts] = await Promise.all([
    db.read(loaders.resolutionQuery('resolution/list'), { filter, order, skip: offset, limit }, Row),
    db.read(loaders.resolutionQuery('resolution/count'), { filter }, CountRow),
  ]);
  for (const r of rows) loaders.primeResolution(r.resolution);
  return { rows: rows.map((r) => r.resolution), total: counts[0]?.total ?? 0 };
}
