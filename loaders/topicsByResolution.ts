import DataLoader from 'dataloader';
import { z } from 'zod';
import { cypher } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import { dbEnums } from './dbEnums';
import type { TopicModel } from './TopicModel';
import { groupBy } from './groupBy';

/** A topic as the `cypher/resolution/` files project it. */
export const topicRow = z.object({ key: z.string(), name: z.string(), kind: z.string() });

export const toTopicModel = (r: z.infer<typeof topicRow>): TopicModel => ({ key: r.key, name: r.name, kind: dbEnums.topicKindFromDb(r.kind) });

const Row = topicRow.extend({ resolution: z.number().int() });

/** Each resolution's topics, by kind then name. */
export function topicsByResolution(db: QueryRunner): DataLoader<number, TopicModel[]> {
  return new DataLoader(async (numbers) => {
    const rows = await db.read(cypher('resolution/topics'), { numbers: [...numbers] }, Row);
    const groups = groupBy(rows, (r) => r.resolution);
    return numbers.map((n) => (groups.get(n) ?? []).map(toTopicModel));
  });
}
