import DataLoader from 'dataloader';
import { z } from 'zod';
import type { CypherQuery } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import { resolutionRow, type ResolutionModel } from './resolutionRow';
import { groupBy } from './groupBy';

const Row = z.object({ symbol: z.string(), resolution: resolutionRow });

/** The resolutions adopted at each meeting, by number. */
export function resolutionsByMeeting(db: QueryRunner, query: (name: string) => CypherQuery): DataLoader<string, ResolutionModel[]> {
  return new DataLoader(async (symbols) => {
    const rows = await db.read(query('meeting/resolutions'), { symbols: [...symbols] }, Row);
    const groups = groupBy(rows, (r) => r.symbol);
    return symbols.map((s) => (groups.get(s) ?? []).map((r) => r.resolution));
  });
}
