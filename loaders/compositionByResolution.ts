import DataLoader from 'dataloader';
import { z } from 'zod';
import { cypher } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import { dbEnums } from './dbEnums';
import type { SeatModel } from './SeatModel';
import { groupBy } from './groupBy';
import { memberRow } from './memberRow';

/** One Council seat as the `cypher/resolution/` files project it. */
export const seatRow = z.object({
  member: memberRow,
  vote: z.string().nullable(),
  permanent: z.boolean(),
  voteSource: z.string().nullable(),
});

export const toSeatModel = (r: z.infer<typeof seatRow>): SeatModel => ({ member: r.member, vote: dbEnums.voteFromDb(r.vote), permanent: r.permanent, voteSource: r.voteSource });

const Row = seatRow.extend({ resolution: z.number().int() });

/** Each resolution's Council composition with votes: permanent members first, then by code. */
export function compositionByResolution(db: QueryRunner): DataLoader<number, SeatModel[]> {
  return new DataLoader(async (numbers) => {
    const rows = await db.read(cypher('resolution/composition'), { numbers: [...numbers] }, Row);
    const groups = groupBy(rows, (r) => r.resolution);
    return numbers.map((n) => (groups.get(n) ?? []).map(toSeatModel));
  });
}
