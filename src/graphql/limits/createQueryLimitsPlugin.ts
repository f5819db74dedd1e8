import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { getVariableValues, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { ErrorCode } from '../../errors/ErrorCode';
import { COST_CEILING, computeQueryCost } from './computeQueryCost';
import type { CostModel } from './costModel';
import { LIMIT_EXTENSION } from './createStructureLimits';
import { limitExceeded } from './limitExceeded';

export interface QueryLimitsPluginOptions {
  maxCost: number;
  maxTokens: number;
  model: CostModel;
}

const COSTS_PER_OPERATION = 256;

// graphql 16 spells it "more that"; accept the corrected spelling too.
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/**
 * Refuses an operation whose estimated cost (computeQueryCost: arguments included, variables coerced)
 * exceeds `maxCost`, before any resolver runs, and reports the cost of accepted ones in the response
 * `extensions.cost`. It also gives every limit error the one code QUERY_TOO_COMPLEX: Apollo labels
 * validation errors GRAPHQL_VALIDATION_FAILED and parser errors GRAPHQL_PARSE_FAILED, whatever caused them.
 */
export function createQueryLimitsPlugin(options: QueryLimitsPluginOptions): ApolloServerPlugin {
  // The cost of an operation depends only on it and its coerced variables, and Apollo reuses the parsed
  // operation across requests: costs are remembered per operation node and variables (at most
  // COSTS_PER_OPERATION sets of variables each), so a repeated query is not walked again.
  const costs = new WeakMap<OperationDefinitionNode, Map<string, number>>();
  const costOf = (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>) => {
    let known = costs.get(operation);
    if (!known) costs.set(operation, (known = new Map()));
    const key = JSON.stringify(variables);
    let cost = known.get(key);
    if (cost === undefined) {
      cost = computeQueryCost(schema, document, operation, variables, options.model);
      if (known.size >= COSTS_PER_OPERATION) known.clear();
      known.set(key, cost);
    }
    return cost;
  };
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 1 });
          // Bad variables: execution reports them (BAD_USER_INPUT) without running anything.
          if (coerced.errors) return;
          cost = costOf(schema, document, operation, coerced.coerced);
          if (cost > options.maxCost) {
            const shown = cost >= COST_CEILING ? COST_CEILING : cost;
            throw limitExceeded(
              'cost',
              options.maxCost,
              shown,
              `Query cost ${cost >= COST_CEILING ? `over ${COST_CEILING}` : cost} exceeds the limit of ${options.maxCost}. ` +
                'Lower `first`/`limit`/`maxDepth`/`depth` or select fewer nested lists. See docs/limits.md.',
            );
          }
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const ext = error.extensions as Record<string, unknown>;
            if (typeof ext[LIMIT_EXTENSION] === 'string' && ext.code === ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED) {
              ext.code = ErrorCode.QUERY_TOO_COMPLEX;
              continue;
            }
            const tokens = TOKEN_LIMIT_MESSAGE.exec(error.message);
            if (tokens && ext.code === ApolloServerErrorCode.GRAPHQL_PARSE_FAILED) {
              ext.code = ErrorCode.QUERY_TOO_COMPLEX;
              ext[LIMIT_EXTENSION] = 'tokens';
              ext.max = options.maxTokens;
              error.message = `Token limit of ${options.maxTokens} exceeded. See docs/limits.md.`;
            }
          }
        },
        async willSendResponse({ response }) {
          if (cost === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...(result.extensions ?? {}), cost: { requested: cost, limit: options.maxCost } };
        },
      };
    },
  };
}
