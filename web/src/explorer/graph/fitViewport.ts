import type { GraphNode } from '../types';

/** The zoom range of the graph views. */
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 6;

/** The box around the given nodes' discs (positions plus radius), or null when no node has a position. */
export function nodeBounds(
  nodes: GraphNode[],
  positions: ReadonlyMap<string, { x: number; y: number }>,
  radius: (n: GraphNode) => number,
): { x1: number; y1: number; x2: number; y2: number } | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    const p = positions.get(n.id);
    if (!p) continue;
    const r = radius(n);
    x1 = Math.min(x1, p.x - r);
    y1 = Math.min(y1, p.y - r);
    x2 = Math.max(x2, p.x + r);
    y2 = Math.max(y2, p.y + r);
  }
  return x2 >= x1 ? { x1, y1, x2, y2 } : null;
}

/**
 * The zoom and pan at which cytoscape's fit(padding) would show these nodes, from their known positions
 * and radii (plus the 1 px border), without asking cytoscape to measure anything.
 */
export function fitViewport(
  nodes: GraphNode[],
  positions: ReadonlyMap<string, { x: number; y: number }>,
  radius: (n: GraphNode) => number,
  width: number,
  height: number,
  padding: number,
): { zoom: number; pan: { x: number; y: number } } | null {
  const box = nodeBounds(nodes, positions, (n) => radius(n) + 1);
  if (!box || width <= 2 * padding || height <= 2 * padding) return null;
  const { x1, y1, x2, y2 } = box;
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.min((width - 2 * padding) / Math.max(1, x2 - x1), (height - 2 * padding) / Math.max(1, y2 - y1))));
  return { zoom, pan: { x: (width - zoom * (x1 + x2)) / 2, y: (height - zoom * (y1 + y2)) / 2 } };
}
