import DataLoader from 'dataloader';
import { z } from 'zod';
import { cypher } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import type { MemberModel } from './MemberModel';
import { memberRow } from './memberRow';

const Row = z.object({ member: memberRow });

/** Members by (upper-case) code, null when unknown. */
export function memberByCode(db: QueryRunner): DataLoader<string, MemberModel | null> {
  return new DataLoader(async (codes) => {
    const rows = await db.read(cypher('member/byCodes'), { codes: [...codes] }, Row);
    const found = new Map(rows.map((r) => [r.member.code, r.member]));
    return codes.map((c) => found.get(c) ?? null);
  });
}
