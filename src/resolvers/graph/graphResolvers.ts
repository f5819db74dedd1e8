import { z } from 'zod';
import { badInput } from '../../errors/AppError';
import { cypher, withLiteralDepth } from '../../db/CypherQuery';
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
import { resolutionRow } from '../../../loaders/resolutionRow';
import { checkRange } from './checkRange';
import { requireResolutions } from './requireResolutions';

const ChainRow = z.object({ total: z.number().int(), distance: z.number().int(), resolution: resolutionRow });
const PathRow = z.object({
  numbers: z.array(z.number().int()),
  edges: z.array(
    z.object({
      source: z.number().int(),
      target: z.number().int(),
      verb: z.string().nullable(),
      paragraph: z.string().nullable(),
      context: z.string().nullable(),
    }),
  ),
});
const NodeRow = z.object({
  truncated: z.boolean(),
  distance: z.number().int(),
  number: z.number().int(),
  symbol: z.string(),
  title: z.string().nullable(),
  year: z.number().int(),
  mainTopic: z.string().nullable(),
  inDegree: z.number().int(),
  outDegree: z.number().int(),
  influence: z.number(),
});
const EdgeRow = z.object({ source: z.number().int(), target: z.number().int(), verb: z.string().nullable() });

const NEIGHBOURHOOD = { CITES: 'graph/neighbourhoodCites', CITED_BY: 'graph/neighbourhoodCitedBy', BOTH: 'graph/neighbourhoodBoth' } as const;

export const graphResolvers: Resolvers = {
  Query: {
    citationChain: async (_p, { number, direction, maxDepth }, { db, loaders }) => {
      const depth = checkRange(maxDepth ?? CHAIN_DEFAULT_DEPTH, 'maxDepth', 1, CHAIN_MAX_DEPTH);
      const dir = direction ?? 'CITES';
      const query = withLiteralDepth(loaders.resolutionQuery(dir === 'CITES' ? 'graph/chainCites' : 'graph/chainCitedBy'), depth, { min: 1, max: CHAIN_MAX_DEPTH });
      // The root check and the chain run side by side: one round trip of latency, not two.
      const [[root], rows] = await Promise.all([
        requireResolutions(loaders, [number], 'number'),
        db.read(query, { number, limit: CHAIN_MAX_RESULTS }, ChainRow),
      ]);
      for (const r of rows) loaders.primeResolution(r.resolution);
      const totalCount = rows[0]?.total ?? 0;
      return {
        root: root!,
        direction: dir,
        maxDepth: depth,
        entries: rows.map((r) => ({ distance: r.distance, resolution: r.resolution })),
        totalCount,
        truncated: totalCount > rows.length,
      };
    },
    citationPaths: async (_p, { from, to, maxDepth, limit, directed }, { db, loaders }) => {
      const depth = checkRange(maxDepth ?? 4, 'maxDepth', 1, PATHS_MAX_DEPTH);
      const max = checkRange(limit ?? 10, 'limit', 1, PATHS_MAX_LIMIT);
      if (from === to) throw badInput('`from` and `to` must be different resolutions.', { argument: 'to' });
      await requireResolutions(loaders, [from, to], 'from/to');
      const query = withLiteralDepth(cypher(directed === false ? 'graph/pathsUndirected' : 'graph/pathsDirected'), depth, { min: 1, max: PATHS_MAX_DEPTH });
      const rows = await db.read(query, { from, to, limit: max }, PathRow);
      return Promise.all(rows.map(async (r) => ({ length: r.edges.length, nodes: await requireResolutions(loaders, r.numbers, 'path'), edges: r.edges })));
    },
    citationGraph: async (_p, { numbers, direction, depth, limit }, { db, loaders }) => {
      const seeds = [...new Set(numbers)];
      checkRange(seeds.length, 'numbers (count)', 1, GRAPH_MAX_SEEDS);
      const d = checkRange(depth ?? 1, 'depth', 0, GRAPH_MAX_DEPTH);
      const max = checkRange(limit ?? GRAPH_DEFAULT_LIMIT, 'limit', 1, GRAPH_MAX_LIMIT);
      await requireResolutions(loaders, seeds, 'numbers');
      const query = withLiteralDepth(cypher(NEIGHBOURHOOD[direction ?? 'BOTH']), d, { min: 0, max: GRAPH_MAX_DEPTH });
      const nodes = await db.read(query, { numbers: seeds, limit: max }, NodeRow);
      const ids = nodes.map((n) => n.number);
      const edges = ids.length > 1 ? await db.read(cypher('graph/edgesAmong'), { numbers: ids }, EdgeRow) : [];
      return {
        truncated: nodes[0]?.truncated ?? false,
        nodes: nodes.map((n) => ({
          id: String(n.number),
          number: n.number,
          label: n.symbol,
          title: n.title,
          year: n.year,
          mainTopic: n.mainTopic,
          inDegree: n.inDegree,
          outDegree: n.outDegree,
          influence: n.influence,
          distance: n.distance,
        })),
        edges: edges.map((e) => ({ id: `${e.source}->${e.target}`, source: String(e.source), target: String(e.target), verb: e.verb })),
      };
    },
  },
};
