import { z } from 'zod';
import type { MemberModel } from './MemberModel';

/** The `member` map `cypher/member/*` and `cypher/resolution/composition.cypher` project. */
export const memberRow: z.ZodType<MemberModel> = z.object({
  code: z.string(),
  name: z.string(),
  permanent: z.boolean(),
  years: z.array(z.number().int()),
});
