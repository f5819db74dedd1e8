import type { QueryRunner } from '../src/db/Database';

/** Per-request DataLoaders. Each batch function returns one result per key, in key order. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

export function createLoaders(_db: QueryRunner): Loaders {
  return {};
}
