import DataLoader from 'dataloader';
import { z } from 'zod';
import { cypher } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';

const Row = z.object({ number: z.number().int(), text: z.string().nullable() });

/** Full texts by resolution number (null when we have none), fetched only when a client asks for `text`. */
export function textByNumber(db: QueryRunner): DataLoader<number, string | null> {
  return new DataLoader(async (numbers) => {
    const rows = await db.read(cypher('resolution/texts'), { numbers: [...numbers] }, Row);
    const found = new Map(rows.map((r) => [r.number, r.text]));
    return numbers.map((n) => found.get(n) ?? null);
  });
}
