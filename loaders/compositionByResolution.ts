import DataLoader from 'dataloader';
import { z } from 'zod';
import { cypher } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import { dbEnums } from '../src/resolvers/common/dbEnums';
import type { SeatModel } from '../src/resolvers/resolution/SeatModel';
import { groupBy } from './groupBy';
import { memberRow } from './memberRow';

const Row = z.object({
  resolution: z.number().int(),
  member: memberRow,
  vote: z.string().nullable(),
  permanent: z.boolean(),
  voteSource: z.string().nullable(),
});

/** Each resolution's Council composition with votes: permanent members first, then by code. */
export function compositionByResolution(db: QueryRunner): DataLoader<number, SeatModel[]> {
  return new DataLoader(async (numbers) => {
    const rows = await db.read(cypher('resolution/composition'), { numbers: [...numbers] }, Row);
    const groups = groupBy(rows, (r) => r.resolution);
    return numbers.map((n) =>
      (groups.get(n) ?? []).map((r) => ({ member: r.member, vote: dbEnums.voteFromDb(r.vote), permanent: r.permanent, voteSource: r.voteSource })),
    );
  });
}
