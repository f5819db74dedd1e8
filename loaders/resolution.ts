import DataLoader from 'dataloader';
import { z } from 'zod';
import { cypher, type CypherQuery } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import type { ParagraphKind } from '../src/generated/graphql';
import { dbEnums } from './dbEnums';
import { groupBy } from './groupBy';
import { paragraphRef } from './paragraphRef';
import { resolutionRow, type ResolutionModel } from './resolutionRow';

/** A validated page request: `limit` rows starting at `offset` (validated by src/resolvers/common/pagination.ts). */
export interface PageRequest {
  offset: number;
  limit: number;
}

/** A paragraph with its short reference ("pp 3", "op 5", "¶ 7") already worked out. */
export interface ParagraphModel {
  id: string;
  ordinal: number;
  kind: ParagraphKind;
  number: number | null;
  ref: string;
  text: string;
}

const ResolutionRow = z.object({ resolution: resolutionRow });
const TextRow = z.object({ number: z.number().int(), text: z.string().nullable() });
/** One stored paragraph of a resolution, as `resolution/paragraphs` and the search snippets read it. */
export const paragraphRow = z.object({
  resolution: z.number().int(),
  id: z.string(),
  ordinal: z.number().int(),
  kind: z.string().nullable(),
  number: z.number().int().nullable(),
  text: z.string(),
});

/** Resolutions by number (null for an unknown number), one query per batch. */
export function resolutionByNumber(db: QueryRunner, query: (name: string) => CypherQuery): DataLoader<number, ResolutionModel | null> {
  return new DataLoader(async (numbers) => {
    const rows = await db.read(query('resolution/byNumbers'), { numbers: [...numbers] }, ResolutionRow);
    const found = new Map(rows.map((r) => [r.resolution.number, r.resolution]));
    return numbers.map((n) => found.get(n) ?? null);
  });
}

/** Full texts by resolution number (null when we have none), fetched only when a client asks for `text`. */
export function textByNumber(db: QueryRunner): DataLoader<number, string | null> {
  return new DataLoader(async (numbers) => {
    const rows = await db.read(cypher('resolution/texts'), { numbers: [...numbers] }, TextRow);
    const found = new Map(rows.map((r) => [r.number, r.text]));
    return numbers.map((n) => found.get(n) ?? null);
  });
}

/** Each resolution's paragraphs in document order, with their "pp n" / "op n" references. */
export function paragraphsByResolution(db: QueryRunner): DataLoader<number, ParagraphModel[]> {
  return new DataLoader(async (numbers) => {
    const rows = await db.read(cypher('resolution/paragraphs'), { numbers: [...numbers] }, paragraphRow);
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
