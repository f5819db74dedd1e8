import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, type ValidationRule } from 'graphql';
import type { LimitName } from './limitExceeded';

export interface StructureLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Hide "Did you mean ...?" suggestions, which leak the schema when introspection is off. */
  blockFieldSuggestions: boolean;
}

/** Marks the validation errors our limits report, so the limits plugin can give them QUERY_TOO_COMPLEX. */
export const LIMIT_EXTENSION = 'limit';

/**
 * graphql-armor's depth, alias and directive rules, run inside GraphQL validation (before any
 * resolver). Each rejection is reported through the validation context, never thrown, so Apollo
 * answers 400; the error names the limit, its maximum and what the query had.
 * Armor's token limit is not used (graphql's own `parseOptions.maxTokens` stops the parser itself)
 * and neither is armor's cost limit (it ignores arguments; see computeQueryCost).
 */
export function createStructureLimits(limits: StructureLimits): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin[] } {
  const reject =
    (limit: LimitName, max: number): GraphQLArmorRejectCallback =>
    (context, error) => {
      const found = /found (\d+)/.exec(error.message);
      const message = error.message.replace(/^Syntax Error: /, '').replace(/\.$/, '');
      context?.reportError(
        new GraphQLError(`${message}. See docs/limits.md.`, {
          extensions: { [LIMIT_EXTENSION]: limit, max, ...(found ? { found: Number(found[1]) } : {}) },
        }),
      );
    };
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, onReject: [reject('depth', limits.maxDepth)], propagateOnRejection: false, exposeLimits: true },
    maxAliases: { n: limits.maxAliases, onReject: [reject('aliases', limits.maxAliases)], propagateOnRejection: false, exposeLimits: true },
    maxDirectives: { n: limits.maxDirectives, onReject: [reject('directives', limits.maxDirectives)], propagateOnRejection: false, exposeLimits: true },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: limits.blockFieldSuggestions },
  });
  const { validationRules, plugins } = armor.protect();
  return { validationRules, plugins };
}
