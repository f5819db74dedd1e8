import { createNodeBorderProgram } from '@sigma/node-border';
import Graph from 'graphology';
import Sigma from 'sigma';
import { createEdgeArrowProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { afterNextFrame, type GraphSurface, type SurfaceFocus, type SurfaceInput } from './graphSurface';
import { graphPng } from './graphPng';

interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  borderColor: string;
  borderSize: number;
  zIndex: number;
  fadedColor: string;
  fadedBorder: string;
}
interface EdgeAttributes {
  size: number;
  color: string;
  verb: string | null;
}

const FOCUS_COLOR = '#1d4ed8';
/** The cytoscape look on a white page: a colour at an opacity is the same colour mixed with white. */
function onWhite(hex: string, opacity: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => Math.round(255 * (1 - opacity) + ((value >> shift) & 255) * opacity);
  return `#${((channel(16) << 16) | (channel(8) << 8) | channel(0)).toString(16).padStart(6, '0')}`;
}
const EDGE_COLOR = onWhite('#9ca3af', 0.75);
const EDGE_FADED = onWhite('#9ca3af', 0.12);
const EDGE_LIT = onWhite(FOCUS_COLOR, 0.9);
const FADE = 0.12;

/**
 * The sigma.js (WebGL) surface for large timeline graphs: one graphology graph built once, drawn by sigma's
 * node-border and arrow programs; the edge filter and the focus are reducers over it (nothing is rebuilt),
 * sizes are in layout units so nodes grow with zoom as in cytoscape. Labels stay the HTML overlay.
 */
export function createSigmaSurface(input: SurfaceInput): GraphSurface {
  const { container, nodes, edges, centre, handlers } = input;
  const positions = input.positions ?? new Map<string, { x: number; y: number }>();
  const graph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true });
  for (const n of nodes) {
    const p = positions.get(n.id) ?? { x: 0, y: 0 };
    const color = input.colorOf(n);
    const isCentre = centre.has(n.id);
    const borderColor = isCentre ? '#b91c1c' : '#374151';
    const radius = input.sizeOf(n) / 2;
    // Sigma's y axis points up, the layout's down. Borders are a share of the radius: cytoscape's widths in layout units.
    graph.addNode(n.id, { x: p.x, y: -p.y, size: radius, color, borderColor, borderSize: (isCentre ? 5 : 1) / radius, zIndex: isCentre ? 2 : 0, fadedColor: onWhite(color, FADE), fadedBorder: onWhite(borderColor, FADE) });
  }
  for (const e of edges) {
    if (graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.id)) graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { size: 0.8, color: EDGE_COLOR, verb: e.verb });
  }

  let shown: ReadonlySet<string> | null = null;
  let focus: SurfaceFocus | null = null;
  const isShown = (edge: string) => shown === null || shown.has(edge);
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    renderLabels: false,
    renderEdgeLabels: false,
    enableEdgeEvents: false,
    defaultNodeType: 'bordered',
    defaultEdgeType: 'arrow',
    nodeProgramClasses: {
      bordered: createNodeBorderProgram<NodeAttributes, EdgeAttributes>({
        borders: [
          { size: { attribute: 'borderSize', defaultValue: 0.1 }, color: { attribute: 'borderColor' } },
          { size: { fill: true }, color: { attribute: 'color' } },
        ],
        drawHover: () => undefined,
        drawLabel: () => undefined,
      }),
    },
    edgeProgramClasses: { arrow: createEdgeArrowProgram({ lengthToThicknessRatio: 4, widenessToThicknessRatio: 3 }) },
    defaultDrawNodeHover: () => undefined,
    // Sizes in layout units, scaled with the zoom like cytoscape's.
    itemSizesReference: 'positions',
    zoomToSizeRatioFunction: (ratio) => ratio,
    minEdgeThickness: 1,
    zIndex: true,
    stagePadding: 30,
    minCameraRatio: 0.02,
    maxCameraRatio: 4,
    nodeReducer: (node, data) => {
      const out = data as unknown as Partial<NodeDisplayData> & NodeAttributes;
      if (!focus) return out;
      if (node === focus.id) return { ...out, borderColor: FOCUS_COLOR, borderSize: 4 / out.size, zIndex: 3 } as Partial<NodeDisplayData>;
      if (!focus.lit.has(node)) return { ...out, color: out.fadedColor, borderColor: out.fadedBorder, zIndex: 0 } as Partial<NodeDisplayData>;
      return out;
    },
    edgeReducer: (edge, data) => {
      if (!isShown(edge)) return { ...data, hidden: true } as Partial<EdgeDisplayData>;
      if (!focus) return data as Partial<EdgeDisplayData>;
      const touches = graph.source(edge) === focus.id || graph.target(edge) === focus.id;
      return (touches ? { ...data, color: EDGE_LIT, size: 1.6, zIndex: 1 } : { ...data, color: EDGE_FADED, zIndex: 0 }) as Partial<EdgeDisplayData>;
    },
  });
  performance.mark('graph:built');
  performance.mark('graph:ready');
  afterNextFrame(handlers.firstFrame);

  sigma.on('enterNode', ({ node }) => {
    handlers.hover(node);
    container.style.cursor = 'pointer';
  });
  sigma.on('leaveNode', () => {
    handlers.hover(null);
    container.style.cursor = '';
  });
  sigma.on('clickNode', ({ node }) => handlers.open(node));
  // Right-click keeps a node in focus; the browser's menu would cover the graph.
  sigma.on('rightClickNode', ({ node, event }) => {
    event.original.preventDefault();
    handlers.pin(node);
  });
  const noMenu = (e: Event) => e.preventDefault();
  container.addEventListener('contextmenu', noMenu);
  sigma.on('clickStage', () => handlers.background());

  const camera = sigma.getCamera();
  const screen = (id: string) => {
    const a = graph.getNodeAttributes(id);
    const p = sigma.graphToViewport({ x: a.x, y: a.y });
    return { id, x: p.x, y: p.y, r: sigma.scaleSize(a.size) };
  };
  const shownEdges = () => graph.filterEdges((edge) => isShown(edge));
  return {
    engine: 'sigma',
    renderer: 'webgl',
    instance: sigma,
    size: () => sigma.getDimensions(),
    screenNodes: () => graph.mapNodes((id) => screen(id)),
    screenNode: (id) => (graph.hasNode(id) ? screen(id) : null),
    onViewportChange(listener) {
      camera.on('updated', listener);
      sigma.on('resize', listener);
      return () => {
        camera.off('updated', listener);
        sigma.off('resize', listener);
      };
    },
    setShownEdges(next) {
      shown = next;
      sigma.refresh({ skipIndexation: true });
    },
    setFocus(next) {
      if (!next && !focus) return;
      focus = next;
      sigma.refresh({ skipIndexation: true });
    },
    zoomBy: (factor) => camera.setState({ ratio: Math.min(4, Math.max(0.02, camera.ratio / factor)) }),
    fit: () => camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }),
    panBy(dx, dy) {
      const { width, height } = sigma.getDimensions();
      const target = sigma.viewportToFramedGraph({ x: width / 2 - dx, y: height / 2 - dy });
      camera.setState({ x: target.x, y: target.y });
    },
    png: (labelIds) =>
      graphPng({ nodes, positions, sizeOf: input.sizeOf, colorOf: input.colorOf, centre, edges: shownEdges().map((e) => ({ s: graph.source(e), t: graph.target(e) })), labelIds }),
    drawnEdges: () => shownEdges().map((e) => ({ s: graph.source(e), t: graph.target(e), verb: graph.getEdgeAttribute(e, 'verb') })),
    counts() {
      const edgesShown = shown === null ? graph.size : graph.filterEdges((edge) => isShown(edge)).length;
      if (!focus) return { nodes: graph.order, edgesShown, fadedNodes: 0, fadedEdges: 0 };
      const f = focus;
      const lit = [...f.lit].filter((id) => graph.hasNode(id)).length;
      const touching = graph.hasNode(f.id) ? graph.filterEdges(f.id, (edge) => isShown(edge)).length : 0;
      return { nodes: graph.order, edgesShown, fadedNodes: graph.order - lit, fadedEdges: edgesShown - touching };
    },
    destroy() {
      container.removeEventListener('contextmenu', noMenu);
      sigma.kill();
    },
  };
}
