import DataLoader from 'dataloader';
import { z } from 'zod';
import { cypher } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import type { MeetingModel } from './MeetingModel';
import { meetingRow } from './meetingRow';

const Row = z.object({ resolution: z.number().int(), meeting: meetingRow });

/** The meeting that adopted each resolution, or null. */
export function meetingByResolution(db: QueryRunner): DataLoader<number, MeetingModel | null> {
  return new DataLoader(async (numbers) => {
    const rows = await db.read(cypher('resolution/meetings'), { numbers: [...numbers] }, Row);
    const found = new Map(rows.map((r) => [r.resolution, r.meeting]));
    return numbers.map((n) => found.get(n) ?? null);
  });
}
