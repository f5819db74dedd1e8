import DataLoader from 'dataloader';
import { z } from 'zod';
import { cypher } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import { groupBy } from './groupBy';
import { paragraphRow } from './resolution';

const Row = paragraphRow.extend({ score: z.number(), preambular: z.number().int().nullable() });

export type SnippetParagraph = z.infer<typeof Row>;

/** Which resolution's best paragraphs for which paragraph-level Lucene query, and how many. */
export interface SnippetKey {
  query: string;
  number: number;
  limit: number;
}

/** The best-matching paragraphs of every hit on a page: one query per (query, limit) pair in the batch. */
export function snippetParagraphs(db: QueryRunner): DataLoader<SnippetKey, SnippetParagraph[], string> {
  return new DataLoader(
    async (keys) => {
      const batches = groupBy(keys, (k) => `${k.limit}\u0000${k.query}`);
      const found = new Map<string, SnippetParagraph[]>();
      await Promise.all(
        [...batches.values()].map(async (batch) => {
          const { query, limit } = batch[0]!;
          const numbers = [...new Set(batch.map((k) => k.number))];
          const rows = await db.read(cypher('search/paragraphs'), { query, numbers, perResolution: limit }, Row);
          for (const [n, group] of groupBy(rows, (r) => r.resolution)) found.set(`${limit}\u0000${query}\u0000${n}`, group);
        }),
      );
      return keys.map((k) => found.get(`${k.limit}\u0000${k.query}\u0000${k.number}`) ?? []);
    },
    { cacheKeyFn: (k) => `${k.limit}\u0000${k.query}\u0000${k.number}` },
  );
}
