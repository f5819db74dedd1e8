import { z } from 'zod';
import { cypher } from '../../db/CypherQuery';
import type { Resolvers } from '../../generated/graphql';
import { ingestStatus } from '../../ingest/IngestStatus';
import { packageVersion } from '../../packageVersion';

const ComponentsRow = z.object({ version: z.string(), edition: z.string() });
const CountsRow = z.object({
  resolutions: z.number(),
  citations: z.number(),
  meetings: z.number(),
  members: z.number(),
  topics: z.number(),
  paragraphs: z.number(),
});

export const systemResolvers: Resolvers = {
  Query: {
    serverInfo: () => ({ version: packageVersion }),
  },
  ServerInfo: {
    neo4jVersion: async (_p, _a, { db }) => (await db.read(cypher('system/components'), {}, ComponentsRow))[0]?.version ?? 'unknown',
    neo4jEdition: async (_p, _a, { db }) => (await db.read(cypher('system/components'), {}, ComponentsRow))[0]?.edition ?? 'unknown',
    ingest: () => ({ state: ingestStatus.state, startedAt: ingestStatus.startedAt, finishedAt: ingestStatus.finishedAt, resolutions: ingestStatus.resolutions }),
    counts: async (_p, _a, { db }) => {
      const [row] = await db.read(cypher('system/counts'), {}, CountsRow);
      if (!row) throw new Error('counts query returned no row');
      return row;
    },
  },
};
