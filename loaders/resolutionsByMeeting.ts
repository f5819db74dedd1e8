import DataLoader from 'dataloader';
import { z } from 'zod';
import { cypher } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import type { ResolutionModel } from '../src/resolvers/resolution/ResolutionModel';
import { resolutionRow } from '../src/resolvers/resolution/resolutionRow';
import { groupBy } from './groupBy';

const Row = z.object({ symbol: z.string(), resolution: resolutionRow });

/** The resolutions adopted at each meeting, by number. */
export function resolutionsByMeeting(db: QueryRunner): DataLoader<string, ResolutionModel[]> {
  return new DataLoader(async (symbols) => {
    const rows = await db.read(cypher('meeting/resolutions'), { symbols: [...symbols] }, Row);
    const groups = groupBy(rows, (r) => r.symbol);
    return symbols.map((s) => (groups.get(s) ?? []).map((r) => r.resolution));
  });
}
