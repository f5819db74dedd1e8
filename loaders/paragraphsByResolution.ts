import DataLoader from 'dataloader';
import { z } from 'zod';
import { cypher } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import { dbEnums } from './dbEnums';
import type { ParagraphModel } from './ParagraphModel';
import { paragraphRef } from './paragraphRef';
import { groupBy } from './groupBy';

const Row = z.object({
  resolution: z.number().int(),
  id: z.string(),
  ordinal: z.number().int(),
  kind: z.string().nullable(),
  number: z.number().int().nullable(),
  text: z.string(),
});

/** Each resolution's paragraphs in document order, with their "pp n" / "op n" references. */
export function paragraphsByResolution(db: QueryRunner): DataLoader<number, ParagraphModel[]> {
  return new DataLoader(async (numbers) => {
    const rows = await db.read(cypher('resolution/paragraphs'), { numbers: [...numbers] }, Row);
    const groups = groupBy(rows, (r) => r.resolution);
    return numbers.map((n) => {
      let preambular = 0;
      return (groups.get(n) ?? []).map((r) => {
        const kind = dbEnums.paragraphKindFromDb(r.kind);
        if (kind === 'PREAMBULAR') preambular += 1;
        return {
          id: r.id,
          ordinal: r.ordinal,
          kind,
          number: r.number,
          text: r.text,
          ref: paragraphRef(kind, kind === 'PREAMBULAR' ? preambular : null, r.number, r.ordinal),
        };
      });
    });
  });
}
