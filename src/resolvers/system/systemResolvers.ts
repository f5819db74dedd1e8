import type { Resolvers } from '../../generated/graphql';
import { ingestStatus } from '../../ingest/IngestStatus';
import { packageVersion } from '../../packageVersion';
import { neo4jComponents, storeCounts } from '../../../loaders/system';

export const systemResolvers: Resolvers = {
  Query: {
    serverInfo: () => ({ version: packageVersion }),
  },
  ServerInfo: {
    neo4jVersion: async (_p, _a, { db }) => (await neo4jComponents(db)).version,
    neo4jEdition: async (_p, _a, { db }) => (await neo4jComponents(db)).edition,
    ingest: () => ({ state: ingestStatus.state, startedAt: ingestStatus.startedAt, finishedAt: ingestStatus.finishedAt, resolutions: ingestStatus.resolutions }),
    counts: (_p, _a, { db }) => storeCounts(db),
  },
};
