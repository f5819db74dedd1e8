import DataLoader from 'dataloader';
import { z } from 'zod';
import { cypher } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import { groupBy } from './groupBy';
import { resolutionRow, type ResolutionModel, type ResolutionReads } from './resolutionRow';

/** The `meeting` map `cypher/meeting/*` and `cypher/resolution/meetings.cypher` project. */
export const meetingRow = z.object({
  symbol: z.string(),
  number: z.number().int().nullable(),
  date: z.string().nullable(),
  agenda: z.string().nullable(),
  outcome: z.string().nullable(),
});
/** A meeting node as `cypher/meeting/*` returns it (the GraphQL `Meeting` parent). */
export type MeetingModel = z.infer<typeof meetingRow>;

const MeetingRow = z.object({ meeting: meetingRow });
const ByResolutionRow = MeetingRow.extend({ resolution: z.number().int() });
const ResolutionsRow = z.object({ symbol: z.string(), resolution: resolutionRow });
const CountRow = z.object({ total: z.number().int() });

/** The meeting that adopted each resolution, or null. */
export function meetingByResolution(db: QueryRunner): DataLoader<number, MeetingModel | null> {
  return new DataLoader(async (numbers) => {
    const rows = await db.read(cypher('resolution/meetings'), { numbers: [...numbers] }, ByResolutionRow);
    const found = new Map(rows.map((r) => [r.resolution, r.meeting]));
    return numbers.map((n) => found.get(n) ?? null);
  });
}

/** The resolutions adopted at each meeting, by number. */
export function resolutionsByMeeting(db: QueryRunner, reads: Pick<ResolutionReads, 'resolutionQuery'>): DataLoader<string, ResolutionModel[]> {
  return new DataLoader(async (symbols) => {
    const rows = await db.read(reads.resolutionQuery('meeting/resolutions'), { symbols: [...symbols] }, ResolutionsRow);
    const groups = groupBy(rows, (r) => r.symbol);
    return symbols.map((s) => (groups.get(s) ?? []).map((r) => r.resolution));
  });
}

/** The meeting with this normalised symbol, or null. */
export async function meetingBySymbol(db: QueryRunner, symbol: string): Promise<MeetingModel | null> {
  const [row] = await db.read(cypher('meeting/bySymbol'), { symbol }, MeetingRow);
  return row?.meeting ?? null;
}

export interface MeetingFilterParams {
  year: number | null;
  dateFrom: string | null;
  dateTo: string | null;
  /** the topic's keys, fallback resolved (see ResolutionFilterParams.topicKeys and withTopicFallback) */
  topicKeys: string[] | null;
  /** the same name in key form (normaliseTopicName) and its apostrophe-free spelling: compared with the meeting's agendaKey */
  agendaKeys: string[] | null;
  /** the same name, lower-cased and trimmed: compared with the agenda of a meeting ingested before agendaKey existed */
  agenda: string | null;
}

/** One page of the meetings matching `filter` (`limit + 1` rows: the extra one says a next page exists) and their total. */
export async function listMeetings(db: QueryRunner, filter: MeetingFilterParams, page: { offset: number; limit: number }) {
  const [rows, counts] = await Promise.all([
    db.read(cypher('meeting/list'), { filter, skip: page.offset, limit: page.limit + 1 }, MeetingRow),
    db.read(cypher('meeting/listCount'), { filter }, CountRow),
  ]);
  return { rows: rows.map((r) => r.meeting), total: counts[0]?.total ?? 0 };
}
