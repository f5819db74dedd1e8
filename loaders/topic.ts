import DataLoader from 'dataloader';
import { z } from 'zod';
import { cypher } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import type { TopicKind } from '../src/generated/graphql';
import { dbEnums } from './dbEnums';

/** A topic as `cypher/fragments/topic.cypher` projects it. */
export const topicRow = z.object({ key: z.string(), name: z.string(), kind: z.string() });
/** A row holding one projected topic (`RETURN $$TOPIC(t) AS topic`). */
export const TopicOnlyRow = z.object({ topic: topicRow });

/** A topic node (the GraphQL `Topic` parent); `resolutionCount` is present when the query that found it already counted. */
export interface TopicModel {
  key: string;
  name: string;
  kind: TopicKind;
  resolutionCount?: number;
}

export const toTopicModel = (r: z.infer<typeof topicRow>): TopicModel => ({ key: r.key, name: r.name, kind: dbEnums.topicKindFromDb(r.kind) });

const ByResolutionRow = z.object({ resolution: z.number().int(), topics: z.array(topicRow) });
const StatsRow = z.object({
  key: z.string(),
  resolutionCount: z.number().int(),
  firstYear: z.number().int().nullable(),
  lastYear: z.number().int().nullable(),
  perYear: z.array(z.object({ year: z.number().int(), count: z.number().int() })),
  sourceNames: z.array(z.string()),
});
export type TopicStats = z.infer<typeof StatsRow>;
const CountedRow = TopicOnlyRow.extend({ resolutionCount: z.number().int() });
const CountRow = z.object({ total: z.number().int() });

/** Each resolution's topics, by kind then name. */
export function topicsByResolution(db: QueryRunner): DataLoader<number, TopicModel[]> {
  return new DataLoader(async (numbers) => {
    const rows = await db.read(cypher('resolution/topics'), { numbers: [...numbers], withTopics: true }, ByResolutionRow);
    const found = new Map(rows.map((r) => [r.resolution, r.topics]));
    return numbers.map((n) => (found.get(n) ?? []).map(toTopicModel));
  });
}

/** Each topic's resolution count, year span, resolutions per year and the source forms of its name. */
export function topicStatsByKey(db: QueryRunner): DataLoader<string, TopicStats> {
  return new DataLoader(async (keys) => {
    const rows = await db.read(cypher('topic/stats'), { keys: [...keys] }, StatsRow);
    const found = new Map(rows.map((r) => [r.key, r]));
    return keys.map((k) => found.get(k) ?? { key: k, resolutionCount: 0, firstYear: null, lastYear: null, perYear: [], sourceNames: [] });
  });
}

/** One page of topics (`limit + 1` rows: the extra one says a next page exists) with their resolution counts, and the total. */
export async function listTopics(db: QueryRunner, params: { kind: string | null; nameContains: string[] | null }, page: { offset: number; limit: number }) {
  const [rows, counts] = await Promise.all([
    db.read(cypher('topic/list'), { ...params, skip: page.offset, limit: page.limit + 1 }, CountedRow),
    db.read(cypher('topic/count'), params, CountRow),
  ]);
  return { rows: rows.map((r): TopicModel => ({ ...toTopicModel(r.topic), resolutionCount: r.resolutionCount })), total: counts[0]?.total ?? 0 };
}

/** Of the topics with these keys, the one with the most resolutions (ties to the earlier key), or null. */
export async function topicByKeys(db: QueryRunner, keys: string[]): Promise<TopicModel | null> {
  const [row] = await db.read(cypher('topic/byKeys'), { keys }, TopicOnlyRow);
  return row ? toTopicModel(row.topic) : null;
}
