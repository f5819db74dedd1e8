import { z } from 'zod';
import type { ResolutionModel } from './ResolutionModel';

/** The `resolution` map every `cypher/` file projects the same way (see `cypher/resolution/byNumbers.cypher`). */
export const resolutionRow: z.ZodType<ResolutionModel> = z.object({
  number: z.number().int(),
  symbol: z.string(),
  date: z.string().nullable(),
  year: z.number().int(),
  title: z.string().nullable(),
  agenda: z.string().nullable(),
  hasText: z.boolean(),
  mainTopic: z.string().nullable(),
  draft: z.string().nullable(),
  sponsors: z.array(z.string()),
  adoptionNote: z.string().nullable(),
  undlRecord: z.string().nullable(),
  modality: z.string().nullable(),
  votesYes: z.number().int().nullable(),
  votesNo: z.number().int().nullable(),
  votesAbstain: z.number().int().nullable(),
  votesNonVoting: z.number().int().nullable(),
  unanimous: z.boolean().nullable(),
  citesCount: z.number().int(),
  citedByCount: z.number().int(),
  influence: z.number(),
});
