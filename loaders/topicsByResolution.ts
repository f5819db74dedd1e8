import DataLoader from 'dataloader';
import { z } from 'zod';
import { cypher } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import { dbEnums } from '../src/resolvers/common/dbEnums';
import type { TopicModel } from '../src/resolvers/topic/TopicModel';
import { groupBy } from './groupBy';

const Row = z.object({ resolution: z.number().int(), key: z.string(), name: z.string(), kind: z.string() });

/** Each resolution's topics, by kind then name. */
export function topicsByResolution(db: QueryRunner): DataLoader<number, TopicModel[]> {
  return new DataLoader(async (numbers) => {
    const rows = await db.read(cypher('resolution/topics'), { numbers: [...numbers] }, Row);
    const groups = groupBy(rows, (r) => r.resolution);
    return numbers.map((n) => (groups.get(n) ?? []).map((r) => ({ key: r.key, name: r.name, kind: dbEnums.topicKindFromDb(r.kind) })));
  });
}
