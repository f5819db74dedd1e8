import { CHAIN_MAX_RESULTS, MAX_FIRST, MAX_RANKING_PER_PERIOD } from '../../limits';

/**
 * How a query's cost is estimated before it runs (docs/limits.md states the same rules):
 * - every object the response may hold costs 1; scalar fields cost 0;
 * - a list of objects costs its size × (1 + what is selected inside one item);
 * - a list's size is its `first` or `limit`; on a connection (an object) `first` sizes the lists
 *   inside it (`edges`, `nodes`);
 * - a traversal argument (`maxDepth` or `depth`) adds `traversalStepCost` per step;
 * - a traversal without `limit` counts its documented result cap (`resultCaps`);
 * - a list field with neither counts its known typical size (`listSizes`) or `defaultListSize`.
 */
export interface CostModel {
  /** `first` outside 1..maxFirst is refused with BAD_USER_INPUT before anything runs. */
  maxFirst: number;
  defaultListSize: number;
  traversalStepCost: number;
  /** "Type.field" → how many items a list field holds; wins over `limit` when `limit` is not the list's size. */
  listSizes: Readonly<Record<string, number>>;
  /** "Type.field" → the server-side result cap of a traversal that takes no `limit`. */
  resultCaps: Readonly<Record<string, number>>;
}

export const COST_MODEL: CostModel = {
  maxFirst: MAX_FIRST,
  defaultListSize: 10,
  traversalStepCost: 50,
  listSizes: {
    'Query.members': 200,
    'Resolution.composition': 15,
    'Resolution.paragraphs': 40,
    'Resolution.topics': 10,
    'Meeting.resolutions': 10,
    'Member.terms': 10,
    // One entry per period (years since 1946); `limit` sizes the inner `resolutions`.
    'Stats.mostCitedByPeriod': 80,
    'PeriodRanking.resolutions': MAX_RANKING_PER_PERIOD,
    // Missions and sanctions (schema/mission.graphql): the longest timelines run to ~90 resolutions.
    'Mission.mandates': 90,
    'Mission.succeeds': 2,
    'Mission.succeededBy': 2,
    'SanctionsRegime.resolutions': 60,
    'SanctionsRegime.measures': 80,
    'SanctionsAction.measures': 4,
    'Resolution.missions': 3,
    'Resolution.sanctions': 3,
  },
  resultCaps: {
    'Query.citationChain': CHAIN_MAX_RESULTS,
  },
};
