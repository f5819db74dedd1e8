import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from '../config/loadConfig';
import { resolvers } from '../resolvers/resolvers';
import type { Context } from './Context';
import { createFormatError } from './formatError';
import { createQueryLimits } from './limits/createQueryLimits';
import { loadTypeDefs } from './loadTypeDefs';

export function createApolloServer(config: Config): ApolloServer<Context> {
  const limits = createQueryLimits(config.limits, { blockFieldSuggestions: !config.introspection });
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as never,
    introspection: config.introspection,
    csrfPrevention: true,
    // The HTTP layer caps the array length (config.limits.maxBatchOperations); 1 means no batching.
    allowBatchedHttpRequests: config.limits.maxBatchOperations > 1,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    includeStacktraceInErrorResponses: config.stackTraces,
    formatError: createFormatError(config.stackTraces),
    // Apollo's in-memory APQ store, per process: a replica that lacks a hash answers
    // PERSISTED_QUERY_NOT_FOUND and the client sends the full query once (docs/deploy.md).
    persistedQueries: config.persistedQueries ? {} : false,
    plugins: [
      // Our HTTP layer serves its own landing page (the offline playground); Apollo's would need a CDN.
      ApolloServerPluginLandingPageDisabled(),
      // The corpus changes only when an ingest runs, so every field may be cached for the configured
      // max-age unless its type or field says otherwise (`@cacheControl` in schema/cacheControl.graphql).
      // src/http/httpCache.ts keeps the header on GET responses only.
      ApolloServerPluginCacheControl({ defaultMaxAge: config.cacheMaxAgeSeconds }),
      ...limits.plugins,
    ],
    // main.ts owns SIGTERM/SIGINT (drain HTTP, stop Apollo, close the driver, stop Neo4j, in that
    // order); Apollo's own handler would stop it early and re-raise the signal.
    stopOnTerminationSignals: false,
  });
}
