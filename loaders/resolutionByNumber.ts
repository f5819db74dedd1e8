import DataLoader from 'dataloader';
import { z } from 'zod';
import type { CypherQuery } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import type { ResolutionModel } from './resolutionRow';
import { resolutionRow } from './resolutionRow';

const Row = z.object({ resolution: resolutionRow });

/** Resolutions by number (null for an unknown number), one query per batch. */
export function resolutionByNumber(db: QueryRunner, query: (name: string) => CypherQuery): DataLoader<number, ResolutionModel | null> {
  return new DataLoader(async (numbers) => {
    const rows = await db.read(query('resolution/byNumbers'), { numbers: [...numbers] }, Row);
    const found = new Map(rows.map((r) => [r.resolution.number, r.resolution]));
    return numbers.map((n) => found.get(n) ?? null);
  });
}
