import type { GraphEdge, GraphNode } from '../types';
import type { Engine } from './rendererChoice';
import type { GraphLayout, TimelineAxis } from './viewSettings';

/**
 * What the graph view asks of a renderer (cytoscape for small graphs and the force/ring layouts, sigma.js
 * for large timeline graphs): draw the nodes and edges, report where each node is on screen, apply the
 * edge filter and the focus, move the camera, and export a PNG. The view keeps every setting and state;
 * a surface only draws it.
 */
export interface GraphSurface {
  readonly engine: Engine;
  readonly renderer: 'canvas' | 'webgl';
  /** The renderer's own instance (window.explorerGraph, for client developers). */
  readonly instance: unknown;
  /** Size of the drawing area in CSS pixels. */
  size(): { width: number; height: number };
  /** Every node's centre and radius on screen, in CSS pixels of the drawing area. */
  screenNodes(): ScreenNode[];
  screenNode(id: string): ScreenNode | null;
  /** Calls `listener` after each pan, zoom or resize; returns the unsubscribe function. */
  onViewportChange(listener: () => void): () => void;
  /** Draws only the edges whose ids are in `shown`. */
  setShownEdges(shown: ReadonlySet<string>): void;
  /** Fades all but the focused node, the nodes in `lit` and the focused node's shown edges (null: no focus). */
  setFocus(focus: SurfaceFocus | null): void;
  zoomBy(factor: number): void;
  fit(): void;
  panBy(dx: number, dy: number): void;
  /** The whole graph as a PNG, the nodes in `labelIds` labelled. */
  png(labelIds: readonly string[]): Promise<Blob>;
  /** The edges drawn now, with their ends and verbs (the e2e test reads them). */
  drawnEdges(): Array<{ s: string; t: string; verb: string | null }>;
  /** Counts for window.__graphState. */
  counts(): { nodes: number; edgesShown: number; fadedNodes: number; fadedEdges: number };
  destroy(): void;
}

export interface ScreenNode {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface SurfaceFocus {
  id: string;
  /** The focused node and its direct neighbours among the shown edges. */
  lit: ReadonlySet<string>;
}

/** What the view tells a surface: pointer events on nodes and on the background. */
export interface SurfaceHandlers {
  open(id: string): void;
  pin(id: string): void;
  hover(id: string | null): void;
  background(): void;
  /** Called once, after the first frame with the graph is drawn. */
  firstFrame(): void;
}

export interface SurfaceInput {
  container: HTMLDivElement;
  nodes: GraphNode[];
  edges: GraphEdge[];
  centre: ReadonlySet<string>;
  colorOf(node: GraphNode): string;
  sizeOf(node: GraphNode): number;
  layout: GraphLayout;
  yAxis: TimelineAxis;
  /** Timeline positions, when the layout is the timeline. */
  positions: ReadonlyMap<string, { x: number; y: number }> | null;
  /** Node labels drawn by the renderer itself (the path page); otherwise the HTML overlay labels. */
  numbered: boolean;
  edgeLabels: boolean;
  /** Cytoscape only: draw with its WebGL renderer (large graphs in the force or ring layout). */
  webgl: boolean;
  handlers: SurfaceHandlers;
}

/** Marks the first frame: a task after the next animation frame, i.e. after the browser drew it. */
export function afterNextFrame(done: () => void): void {
  requestAnimationFrame(() => setTimeout(done));
}
