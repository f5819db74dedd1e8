import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from '../config/loadConfig';
import type { GraphQLSchema } from 'graphql';
import { createCompiledExecutionGateway, createCompiledExecutor } from './compiledExecution';
import type { Context } from './Context';
import { createSchema } from './createSchema';
import { createFormatError } from './formatError';
import { createQueryLimits } from './limits/createQueryLimits';
import { createOperationCachePolicyPlugin } from './operationCachePolicy';
import { createRowSelectionPlugin } from './rowSelection';

export interface ApolloExtras {
  /** The schema to serve (shared with the WebSocket server); built here when absent. */
  schema?: GraphQLSchema;
  /** Plugins that run after the limits (e.g. the response cache, which must see a checked operation). */
  plugins?: ApolloServerPlugin<Context>[];
}

/**
 * The compiled executor's bounds (src/graphql/compiledExecution.ts): operations kept compiled (a client's
 * operations are few, a fuzzer's many), and requests graphql-js runs of an operation before it is compiled.
 */
const COMPILED_EXECUTION = { maxOperations: 500, compileAfter: 1 };

export function createApolloServer(config: Config, extras: ApolloExtras = {}): ApolloServer<Context> {
  const limits = createQueryLimits(config.limits, { blockFieldSuggestions: !config.introspection });
  const schema = extras.schema ?? createSchema();
  return new ApolloServer<Context>({
    ...(config.executor === 'compiled'
      ? { gateway: createCompiledExecutionGateway(schema, createCompiledExecutor(schema, COMPILED_EXECUTION)) }
      : { schema }),
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
      // src/http/httpCache.ts keeps the header on GET responses only. Apollo's own plugin computes the same
      // policy field by field as each resolves; ours once per operation (src/graphql/operationCachePolicy.ts).
      ApolloServerPluginCacheControlDisabled(),
      createOperationCachePolicyPlugin(config.cacheMaxAgeSeconds),
      ...limits.plugins,
      // Which Resolution keys this operation reads (src/graphql/rowSelection.ts): the loaders project only those.
      createRowSelectionPlugin(),
      ...(extras.plugins ?? []),
    ],
    // main.ts owns SIGTERM/SIGINT (drain HTTP, stop Apollo, close the driver, stop Neo4j, in that
    // order); Apollo's own handler would stop it early and re-raise the signal.
    stopOnTerminationSignals: false,
  });
}
