import DataLoader from 'dataloader';
import { z } from 'zod';
import { cypher } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import { groupBy } from './groupBy';

const Row = z.object({
  code: z.string(),
  year: z.number().int(),
  total: z.number().int(),
  yes: z.number().int(),
  no: z.number().int(),
  abstain: z.number().int(),
  nonVoting: z.number().int(),
});

export type MemberYearVotes = z.infer<typeof Row>;

/** How each member voted, counted per year (ascending); an empty list for a member that never sat. */
export function votesPerYearByMember(db: QueryRunner): DataLoader<string, MemberYearVotes[]> {
  return new DataLoader(async (codes) => {
    const rows = await db.read(cypher('member/votesPerYear'), { codes: [...codes] }, Row);
    const byCode = groupBy(rows, (r) => r.code);
    return codes.map((c) => byCode.get(c) ?? []);
  });
}
