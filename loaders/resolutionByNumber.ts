import DataLoader from 'dataloader';
import { z } from 'zod';
import { cypher } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import type { ResolutionModel } from '../src/resolvers/resolution/ResolutionModel';
import { resolutionRow } from '../src/resolvers/resolution/resolutionRow';

const Row = z.object({ resolution: resolutionRow });

/** Resolutions by number (null for an unknown number), one query per batch. */
export function resolutionByNumber(db: QueryRunner): DataLoader<number, ResolutionModel | null> {
  return new DataLoader(async (numbers) => {
    const rows = await db.read(cypher('resolution/byNumbers'), { numbers: [...numbers] }, Row);
    const found = new Map(rows.map((r) => [r.resolution.number, r.resolution]));
    return numbers.map((n) => found.get(n) ?? null);
  });
}
