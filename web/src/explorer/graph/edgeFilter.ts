import type { GraphEdge, GraphNode } from '../types';
import { verbGroup, type VerbGroup } from './viewSettings';

export interface EdgeFilter {
  verbs: readonly VerbGroup[];
  /** Keep edges between two non-centre nodes. */
  peripheral: boolean;
}

/** Whether an edge is drawn under the filter: its verb's group is chosen and, unless peripheral edges are on, it touches a centre. */
export function edgeShown(edge: GraphEdge, filter: EdgeFilter, centre: ReadonlySet<string>): boolean {
  if (!filter.verbs.includes(verbGroup(edge.verb))) return false;
  return filter.peripheral || centre.has(edge.source) || centre.has(edge.target);
}

export interface FocusEdge {
  node: GraphNode;
  verb: string | null;
}

export interface FocusNeighbourhood {
  /** Resolutions the focused one cites (earlier), with the verb. */
  cites: FocusEdge[];
  /** Resolutions that cite the focused one (later), with the verb. */
  citedBy: FocusEdge[];
  /** Ids of the focused node and its direct neighbours both ways. */
  ids: Set<string>;
}

/** The focused node's direct citations both ways among the edges shown, newest first. */
export function neighbourhood(focus: string, edges: GraphEdge[], byId: ReadonlyMap<string, GraphNode>): FocusNeighbourhood {
  const cites: FocusEdge[] = [];
  const citedBy: FocusEdge[] = [];
  const ids = new Set([focus]);
  for (const edge of edges) {
    const other = edge.source === focus ? edge.target : edge.target === focus ? edge.source : null;
    const node = other === null ? undefined : byId.get(other);
    if (!node) continue;
    ids.add(node.id);
    (edge.source === focus ? cites : citedBy).push({ node, verb: edge.verb });
  }
  const order = (a: FocusEdge, b: FocusEdge) => b.node.year - a.node.year || b.node.number - a.node.number;
  return { cites: cites.sort(order), citedBy: citedBy.sort(order), ids };
}
