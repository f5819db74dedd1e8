import DataLoader from 'dataloader';
import { z } from 'zod';
import { cypher } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';

const Row = z.object({
  key: z.string(),
  resolutionCount: z.number().int(),
  firstYear: z.number().int().nullable(),
  lastYear: z.number().int().nullable(),
  perYear: z.array(z.object({ year: z.number().int(), count: z.number().int() })),
  sourceNames: z.array(z.string()),
});

export type TopicStats = z.infer<typeof Row>;

/** Each topic's resolution count, year span, resolutions per year and the source forms of its name. */
export function topicStatsByKey(db: QueryRunner): DataLoader<string, TopicStats> {
  return new DataLoader(async (keys) => {
    const rows = await db.read(cypher('topic/stats'), { keys: [...keys] }, Row);
    const found = new Map(rows.map((r) => [r.key, r]));
    return keys.map((k) => found.get(k) ?? { key: k, resolutionCount: 0, firstYear: null, lastYear: null, perYear: [], sourceNames: [] });
  });
}
