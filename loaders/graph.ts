import { z } from 'zod';
import { cypher, directed, withLiteralDepth, withRowKeys, type ArrowDirection } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import type { CitationDirection, GraphDirection } from '../src/generated/graphql';
import { CHAIN_MAX_DEPTH, GRAPH_MAX_DEPTH, PATHS_MAX_DEPTH } from '../src/limits';
import { citationItemRow, citationSummary, SUMMARY_EDGE_KEYS, type CitationSummary } from './citations';
import { resolutionRow, type ResolutionReads } from './resolutionRow';

const ChainRow = z.object({ root: resolutionRow, total: z.number().int(), entries: z.array(z.object({ distance: z.number().int(), resolution: resolutionRow })) });
export type ChainRow = z.infer<typeof ChainRow>;
const PathQueryRow = z.object({
  numbers: z.array(z.number().int()),
  edges: z.array(z.object({ source: z.number().int(), target: z.number().int(), citation: citationItemRow.shape.citation })),
});
/** A shortest path: the numbers along it, and each edge with its verb, paragraph and context. */
export interface PathRow {
  numbers: number[];
  edges: Array<{ source: number; target: number } & CitationSummary>;
}
/** The Resolution row keys a GraphNode shows (its `id`, `label`, `inDegree`, `outDegree` are renamed ones). */
const GRAPH_NODE_KEYS = { number: true, year: true, symbol: true, title: true, mainTopic: true, citesCount: true, citedByCount: true, influence: true } as const;
const NODE_KEY_SET: ReadonlySet<string> = new Set(Object.keys(GRAPH_NODE_KEYS));
const NodeRow = resolutionRow.pick(GRAPH_NODE_KEYS).required().extend({ truncated: z.boolean(), distance: z.number().int() });
export type GraphNodeRow = z.infer<typeof NodeRow>;
const EdgeRow = z.object({ source: z.number().int(), target: z.number().int(), verb: z.string().nullable() });
export type GraphEdgeRow = z.infer<typeof EdgeRow>;

/** The query arrows of each API direction. */
const ARROWS: Record<GraphDirection, ArrowDirection> = { CITES: 'cites', CITED_BY: 'citedBy', BOTH: 'either' };

/**
 * Resolution `number` and every resolution reachable from it along CITES edges one way within `depth`
 * steps, with its shortest distance: by distance then number, at most `limit` entries, and the total, in
 * one statement. Null when there is no resolution `number`. The root and the entries are primed.
 */
export async function citationChain(db: QueryRunner, reads: ResolutionReads, number: number, direction: CitationDirection, depth: number, limit: number): Promise<ChainRow | null> {
  const query = withLiteralDepth(reads.resolutionQuery(directed('graph/chain', ARROWS[direction])), depth, { min: 1, max: CHAIN_MAX_DEPTH });
  const [row] = await db.read(query, { number, limit }, ChainRow);
  if (!row) return null;
  reads.primeResolution(row.root);
  for (const e of row.entries) reads.primeResolution(e.resolution);
  return row;
}

/** The shortest citation paths from `from` to `to` (following edge direction or not), ordered by the numbers along them. */
export async function citationPaths(db: QueryRunner, from: number, to: number, followEdges: boolean, depth: number, limit: number): Promise<PathRow[]> {
  const query = withLiteralDepth(cypher(directed('graph/paths', followEdges ? 'cites' : 'either')), depth, { min: 1, max: PATHS_MAX_DEPTH });
  const rows = await db.read(query, { from, to, limit, edgeKeys: SUMMARY_EDGE_KEYS }, PathQueryRow);
  return rows.map((r) => ({
    numbers: r.numbers,
    edges: r.edges.map((e) => ({ source: e.source, target: e.target, ...citationSummary(e.citation) })),
  }));
}

/**
 * The seeds and the resolutions linked to them within `depth` steps, at most `limit` of them (each row
 * says whether more exist), and the CITES edges among the nodes returned.
 */
export async function neighbourhood(db: QueryRunner, seeds: number[], direction: GraphDirection, depth: number, limit: number) {
  const query = withLiteralDepth(withRowKeys(cypher(directed('graph/neighbourhood', ARROWS[direction])), { resolution: NODE_KEY_SET }), depth, { min: 0, max: GRAPH_MAX_DEPTH });
  const nodes = await db.read(query, { numbers: seeds, limit }, NodeRow);
  const ids = nodes.map((n) => n.number);
  const edges = ids.length > 1 ? await db.read(cypher('graph/edgesAmong'), { numbers: ids }, EdgeRow) : [];
  return { nodes, edges };
}
