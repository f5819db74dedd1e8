import { z } from 'zod';
import type { MeetingModel } from './MeetingModel';

/** The `meeting` map `cypher/meeting/*` and `cypher/resolution/meetings.cypher` project. */
export const meetingRow: z.ZodType<MeetingModel> = z.object({
  symbol: z.string(),
  number: z.number().int().nullable(),
  date: z.string().nullable(),
  agenda: z.string().nullable(),
  outcome: z.string().nullable(),
});
