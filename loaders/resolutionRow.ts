import { z } from 'zod';
import type { CypherQuery } from '../src/db/CypherQuery';

/**
 * The Resolution row every query projects through `cypher/fragments/resolution.cypher`. Only `number`
 * is always there, and `year` in every request-wide projection: a request reads the other keys only when its
 * operation selects the fields they feed (see {@link RowSelection}), so the rest are optional here. A row cut
 * to one position of `resolution/page` has `year` only when that position selects it (src/db/CypherQuery.ts
 * POSITION_ALWAYS); such a row is never cached by number (loaders/createLoaders.ts).
 */
export const resolutionRow = z.object({
  number: z.number().int(),
  year: z.number().int().optional(),
  symbol: z.string().optional(),
  date: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  agenda: z.string().nullable().optional(),
  hasText: z.boolean().optional(),
  mainTopic: z.string().nullable().optional(),
  draft: z.string().nullable().optional(),
  sponsors: z.array(z.string()).optional(),
  adoptionNote: z.string().nullable().optional(),
  undlRecord: z.string().nullable().optional(),
  modality: z.string().nullable().optional(),
  votesYes: z.number().int().nullable().optional(),
  votesNo: z.number().int().nullable().optional(),
  votesAbstain: z.number().int().nullable().optional(),
  votesNonVoting: z.number().int().nullable().optional(),
  unanimous: z.boolean().nullable().optional(),
  chapterVII: z.boolean().nullable().optional(),
  citesCount: z.number().int().optional(),
  citedByCount: z.number().int().optional(),
  influence: z.number().optional(),
});

/** A resolution as the data layer returns it (the GraphQL `Resolution` parent). The full text is never in it. */
export type ResolutionModel = z.infer<typeof resolutionRow>;

/**
 * Which row keys this request's reads project. Set once per request from the operation, before any
 * resolver runs (src/graphql/rowSelection.ts); null reads every key (callers outside GraphQL).
 */
export interface RowSelection {
  resolution: ReadonlySet<string> | null;
  /** Seat row keys (cypher/fragments/seat.cypher) besides the ones every seat carries. */
  seat: ReadonlySet<string> | null;
}

/**
 * What a read projecting resolutions needs from the request's loaders: the query with its projection cut
 * to the selection, and a way to hand the resolutions it found to the by-number loader.
 */
export interface ResolutionReads {
  resolutionQuery(name: string): CypherQuery;
  primeResolution(resolution: ResolutionModel): void;
}
