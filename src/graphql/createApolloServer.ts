import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from '../config/loadConfig';
import { resolvers } from '../resolvers/resolvers';
import type { Context } from './Context';
import { createFormatError } from './formatError';
import { createQueryLimits } from './limits/createQueryLimits';
import { loadTypeDefs } from './loadTypeDefs';
import { createRowSelectionPlugin } from './rowSelection';

export function createApolloServer(config: Config): ApolloServer<Context> {
  const production = config.env === 'production';
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
    includeStacktraceInErrorResponses: !production,
    formatError: createFormatError(!production),
    // Our HTTP layer serves its own landing page (the offline playground); Apollo's would need a CDN.
    plugins: [ApolloServerPluginLandingPageDisabled(), ...limits.plugins, createRowSelectionPlugin()],
    // main.ts owns SIGTERM/SIGINT (drain HTTP, stop Apollo, close the driver, stop Neo4j, in that
    // order); Apollo's own handler would stop it early and re-raise the signal.
    stopOnTerminationSignals: false,
  });
}
