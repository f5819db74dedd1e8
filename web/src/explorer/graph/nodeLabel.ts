import type { GraphNode } from '../types';

/** Short on-canvas label of a node: number and year. */
export const shortLabelOf = (node: GraphNode) => `${node.number} (${node.year})`;
