import DataLoader from 'dataloader';
import { z } from 'zod';
import { cypher } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';

const Row = z.object({
  code: z.string(),
  total: z.number().int(),
  yes: z.number().int(),
  no: z.number().int(),
  abstain: z.number().int(),
  nonVoting: z.number().int(),
});

export type MemberVoteCounts = z.infer<typeof Row>;

/** How each member voted, counted over every resolution it sat on. */
export function voteCountsByMember(db: QueryRunner): DataLoader<string, MemberVoteCounts> {
  return new DataLoader(async (codes) => {
    const rows = await db.read(cypher('member/voteCounts'), { codes: [...codes] }, Row);
    const found = new Map(rows.map((r) => [r.code, r]));
    return codes.map((c) => found.get(c) ?? { code: c, total: 0, yes: 0, no: 0, abstain: 0, nonVoting: 0 });
  });
}
