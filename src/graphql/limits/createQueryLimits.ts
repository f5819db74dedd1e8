import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { Config } from '../../config/loadConfig';
import { createClientErrorCodePlugin } from './createClientErrorCodePlugin';
import { COST_MODEL, type CostModel } from './costModel';
import { createQueryLimitsPlugin } from './createQueryLimitsPlugin';
import { createStructureLimits } from './createStructureLimits';

export interface QueryLimitsSetup {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
}

/**
 * Everything ApolloServer needs to enforce docs/limits.md: the token limit in the parser, depth,
 * alias and directive limits in validation, and the cost limit once the operation and its
 * variables are known.
 */
export function createQueryLimits(limits: Config['limits'], options: { blockFieldSuggestions: boolean; model?: CostModel }): QueryLimitsSetup {
  const structure = createStructureLimits({
    maxDepth: limits.maxDepth,
    maxAliases: limits.maxAliases,
    maxDirectives: limits.maxDirectives,
    blockFieldSuggestions: options.blockFieldSuggestions,
  });
  return {
    plugins: [...structure.plugins, createClientErrorCodePlugin(), createQueryLimitsPlugin({ maxCost: limits.maxCost, maxTokens: limits.maxTokens, model: options.model ?? COST_MODEL })],
    validationRules: structure.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
