import { badInput } from '../../errors/AppError';
import type { Resolvers } from '../../generated/graphql';
import {
  CHAIN_DEFAULT_DEPTH,
  CHAIN_MAX_DEPTH,
  CHAIN_MAX_RESULTS,
  GRAPH_DEFAULT_LIMIT,
  GRAPH_MAX_DEPTH,
  GRAPH_MAX_LIMIT,
  GRAPH_MAX_SEEDS,
  PATHS_MAX_DEPTH,
  PATHS_MAX_LIMIT,
} from '../../limits';
import { citationChain, citationPaths, neighbourhood } from '../../../loaders/graph';
import { checkRange, requireResolutions } from '../common/arguments';

export const graphResolvers: Resolvers = {
  Query: {
    citationChain: async (_p, { number, direction, maxDepth }, { db, loaders }) => {
      const depth = checkRange(maxDepth ?? CHAIN_DEFAULT_DEPTH, 'maxDepth', 1, CHAIN_MAX_DEPTH);
      const dir = direction ?? 'CITES';
      // One statement: the root and its chain together; no row means no such resolution (reported as the root check reports it).
      const chain = await citationChain(db, loaders, number, dir, depth, CHAIN_MAX_RESULTS);
      const [root] = chain ? [chain.root] : await requireResolutions(loaders, [number], 'number');
      const totalCount = chain?.total ?? 0;
      const entries = chain?.entries ?? [];
      return {
        root: root!,
        direction: dir,
        maxDepth: depth,
        entries,
        totalCount,
        truncated: totalCount > entries.length,
      };
    },
    citationPaths: async (_p, { from, to, maxDepth, limit, directed }, { db, loaders }) => {
      const depth = checkRange(maxDepth ?? 4, 'maxDepth', 1, PATHS_MAX_DEPTH);
      const max = checkRange(limit ?? 10, 'limit', 1, PATHS_MAX_LIMIT);
      if (from === to) throw badInput('`from` and `to` must be different resolutions.', { argument: 'to' });
      await requireResolutions(loaders, [from, to], 'from/to');
      const rows = await citationPaths(db, from, to, directed !== false, depth, max);
      return Promise.all(rows.map(async (r) => ({ length: r.edges.length, nodes: await requireResolutions(loaders, r.numbers, 'path'), edges: r.edges })));
    },
    citationGraph: async (_p, { numbers, direction, depth, limit }, { db, loaders }) => {
      const seeds = [...new Set(numbers)];
      checkRange(seeds.length, 'numbers (count)', 1, GRAPH_MAX_SEEDS);
      const d = checkRange(depth ?? 1, 'depth', 0, GRAPH_MAX_DEPTH);
      const max = checkRange(limit ?? GRAPH_DEFAULT_LIMIT, 'limit', 1, GRAPH_MAX_LIMIT);
      await requireResolutions(loaders, seeds, 'numbers');
      const { nodes, edges } = await neighbourhood(db, seeds, direction ?? 'BOTH', d, max);
      return {
        truncated: nodes[0]?.truncated ?? false,
        nodes: nodes.map((n) => ({
          id: String(n.number),
          number: n.number,
          label: n.symbol,
          title: n.title,
          year: n.year,
          mainTopic: n.mainTopic,
          inDegree: n.citedByCount,
          outDegree: n.citesCount,
          influence: n.influence,
          distance: n.distance,
        })),
        edges: edges.map((e) => ({ id: `${e.source}->${e.target}`, source: String(e.source), target: String(e.target), verb: e.verb })),
      };
    },
  },
};
