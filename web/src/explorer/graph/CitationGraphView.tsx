import cytoscape from 'cytoscape';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { download } from '../download';
import type { ColorBy } from '../routes';
import type { GraphEdge, GraphNode } from '../types';
import { topicScale, yearScale } from './colorScales';
import { toGraphML } from './toGraphML';

export type LayoutName = 'concentric' | 'cose';

interface Props {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Ids of the highlighted centre node(s). */
  centre: string[];
  colorBy: ColorBy;
  onOpen(number: number): void;
  /** File name stem for exports, e.g. "citations-2396-d2". */
  exportName: string;
  /** Show verbs on edges (small graphs such as paths). */
  edgeLabels?: boolean;
  ariaLabel: string;
}

declare global {
  interface Window {
    /** The live cytoscape instance of the graph on screen: a handle for client developers and the e2e test. */
    explorerGraph?: cytoscape.Core;
  }
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      'border-width': 1,
      'border-color': '#374151',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(short)',
      'font-size': 11,
      color: '#111827',
      'text-valign': 'center',
      'text-halign': 'center',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      // Labels below this on-screen size are skipped: zoomed-out large graphs stay fast and unclutered.
      'min-zoomed-font-size': 7,
    },
  },
  { selector: 'node.centre', style: { 'z-index': 10, 'border-width': 5, 'border-color': '#b91c1c', 'font-weight': 'bold', 'font-size': 14 } },
  { selector: 'node:selected, node.hover', style: { 'border-width': 4, 'border-color': '#1d4ed8' } },
  {
    selector: 'edge',
    style: {
      width: 1.2,
      'line-color': '#9ca3af',
      'target-arrow-color': '#6b7280',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
    },
  },
  // Large graphs: straight edges are far cheaper to draw than bundled beziers, with the same arrows.
  { selector: 'edge.large', style: { 'curve-style': 'straight', width: 0.8, 'arrow-scale': 0.6 } },
  { selector: 'edge.labelled', style: { label: 'data(verb)', 'font-size': 10, color: '#1f2937', 'text-background-color': '#ffffff', 'text-background-opacity': 1, 'text-rotation': 'autorotate' } },
  { selector: 'edge.hover', style: { 'line-color': '#1d4ed8', 'target-arrow-color': '#1d4ed8', width: 2.5, label: 'data(verb)', 'font-size': 10 } },
];

/**
 * An interactive citation graph (cytoscape): node size by cited-by count, colour by year or topic, the
 * centre outlined in red, click (or Enter on the list) opens a resolution. The canvas takes +/-/0/arrow
 * keys; the node list under it is the keyboard and screen-reader way through the same graph.
 */
export function CitationGraphView({ nodes, edges, centre, colorBy, onOpen, exportName, edgeLabels = false, ariaLabel }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);
  const [layout, setLayout] = useState<LayoutName>(nodes.length > 150 ? 'concentric' : 'cose');
  const [hovered, setHovered] = useState<GraphNode | null>(null);
  const [ready, setReady] = useState(false);
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;

  const scale = useMemo(() => (colorBy === 'topic' ? topicScale(nodes) : yearScale(nodes)), [nodes, colorBy]);
  const maxIn = useMemo(() => Math.max(1, ...nodes.map((n) => n.inDegree)), [nodes]);

  useEffect(() => {
    if (!container.current) return;
    setReady(false);
    const centreSet = new Set(centre);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const large = nodes.length > 150;
    // Marks for the e2e figure (performance.getEntriesByType('measure')): build, layout and first draw.
    performance.mark('graph:build');
    const cy = cytoscape({
      container: container.current,
      style: STYLE,
      minZoom: 0.05,
      maxZoom: 4,
      // Large graphs: draw edges only at rest, and move a cached bitmap while panning or zooming.
      hideEdgesOnViewport: large,
      textureOnViewport: large,
      pixelRatio: large ? 1 : 'auto',
      elements: [
        ...nodes.map((n) => ({
          group: 'nodes' as const,
          data: {
            id: n.id,
            short: String(n.number),
            color: scale.colorOf(n),
            size: Math.max(centreSet.has(n.id) ? 48 : 0, 18 + 42 * Math.sqrt(n.inDegree / maxIn)),
            distance: n.distance,
          },
          classes: centreSet.has(n.id) ? 'centre' : '',
        })),
        ...edges
          .filter((e) => byId.has(e.source) && byId.has(e.target))
          .map((e) => ({ group: 'edges' as const, data: { id: `e${e.id}`, source: e.source, target: e.target, verb: e.verb ?? '' }, classes: edgeLabels ? 'labelled' : large ? 'large' : '' })),
      ],
    });
    cyRef.current = cy;
    window.explorerGraph = cy;
    cy.on('tap', 'node', (evt) => {
      const node = byId.get(evt.target.id() as string);
      if (node) onOpenRef.current(node.number);
    });
    cy.on('mouseover', 'node', (evt) => {
      evt.target.addClass('hover');
      setHovered(byId.get(evt.target.id() as string) ?? null);
      if (container.current) container.current.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node', (evt) => {
      evt.target.removeClass('hover');
      setHovered(null);
      if (container.current) container.current.style.cursor = '';
    });
    cy.on('mouseover', 'edge', (evt) => evt.target.addClass('hover'));
    cy.on('mouseout', 'edge', (evt) => evt.target.removeClass('hover'));
    const maxDistance = Math.max(0, ...nodes.map((n) => n.distance));
    const options: cytoscape.LayoutOptions =
      layout === 'cose'
        ? ({ name: 'cose', animate: false, randomize: false, padding: 20, nodeRepulsion: () => 12000, idealEdgeLength: () => 70, gravity: 0.3 } as cytoscape.LayoutOptions)
        : {
            name: 'concentric',
            animate: false,
            padding: 20,
            minNodeSpacing: 6,
            concentric: (node: cytoscape.NodeSingular) => maxDistance - (node.data('distance') as number),
            levelWidth: () => 1,
          };
    performance.mark('graph:layout');
    const run = cy.layout(options);
    run.one('layoutstop', () => {
      cy.fit(undefined, 20);
      performance.mark('graph:ready');
      performance.measure('graph: build elements', 'graph:build', 'graph:layout');
      performance.measure('graph: layout and fit', 'graph:layout', 'graph:ready');
      // The figure the e2e test reports: when the graph is drawn and takes input.
      container.current?.setAttribute('data-ready-at', String(Math.round(performance.now())));
      setReady(true);
    });
    run.run();
    return () => {
      if (window.explorerGraph === cy) delete window.explorerGraph;
      cy.destroy();
      cyRef.current = null;
    };
  }, [nodes, edges, centre, scale, maxIn, layout, edgeLabels]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const cy = cyRef.current;
    if (!cy) return;
    const centrePoint = { x: cy.width() / 2, y: cy.height() / 2 };
    const step = 60;
    const actions: Record<string, () => void> = {
      '+': () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centrePoint }),
      '=': () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centrePoint }),
      '-': () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: centrePoint }),
      '0': () => cy.fit(undefined, 20),
      ArrowLeft: () => cy.panBy({ x: step, y: 0 }),
      ArrowRight: () => cy.panBy({ x: -step, y: 0 }),
      ArrowUp: () => cy.panBy({ x: 0, y: step }),
      ArrowDown: () => cy.panBy({ x: 0, y: -step }),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  const exportPng = async () => {
    const cy = cyRef.current;
    if (!cy) return;
    const blob = await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
    download(`${exportName}.png`, blob);
  };
  const exportJson = () =>
    download(`${exportName}.json`, JSON.stringify({ nodes, edges }, null, 2), 'application/json');
  const exportGraphml = () => download(`${exportName}.graphml`, toGraphML(nodes, edges), 'application/graphml+xml');

  const sorted = useMemo(() => [...nodes].sort((a, b) => a.distance - b.distance || a.number - b.number), [nodes]);

  return (
    <div className="graph-view">
      <div className="graph-toolbar" role="toolbar" aria-label="Graph tools">
        <label>
          Layout{' '}
          <select value={layout} onChange={(e) => setLayout(e.target.value as LayoutName)}>
            <option value="cose">force-directed (cose)</option>
            <option value="concentric">rings by distance</option>
          </select>
        </label>
        <button type="button" onClick={() => cyRef.current?.zoom({ level: (cyRef.current?.zoom() ?? 1) * 1.25, renderedPosition: { x: (cyRef.current?.width() ?? 0) / 2, y: (cyRef.current?.height() ?? 0) / 2 } })}>
          Zoom in
        </button>
        <button type="button" onClick={() => cyRef.current?.zoom({ level: (cyRef.current?.zoom() ?? 1) / 1.25, renderedPosition: { x: (cyRef.current?.width() ?? 0) / 2, y: (cyRef.current?.height() ?? 0) / 2 } })}>
          Zoom out
        </button>
        <button type="button" onClick={() => cyRef.current?.fit(undefined, 20)}>
          Fit
        </button>
        <span className="toolbar-sep" aria-hidden="true" />
        <button type="button" onClick={() => void exportPng()}>
          Export PNG
        </button>
        <button type="button" onClick={exportJson}>
          Export JSON
        </button>
        <button type="button" onClick={exportGraphml}>
          Export GraphML
        </button>
      </div>
      <div className="graph-body">
        <div
          ref={container}
          className="graph-canvas"
          data-testid="graph-canvas"
          data-node-count={nodes.length}
          data-ready={ready ? 'true' : 'false'}
          tabIndex={0}
          role="img"
          aria-label={`${ariaLabel}. ${nodes.length} resolutions and ${edges.length} citations. Keys: plus and minus zoom, arrows pan, 0 fits. The list below the graph links every resolution.`}
          onKeyDown={onKeyDown}
        />
        <aside className="graph-legend" aria-label="Legend">
          <h3>Legend</h3>
          <p className="legend-note">
            Colour: {colorBy === 'topic' ? 'main topic' : 'year of adoption'}. Size: times cited. <span className="legend-centre">Red outline</span>: centre. Arrows point from the citing to the cited resolution.
          </p>
          <ul>
            {scale.legend.map((entry) => (
              <li key={entry.label}>
                <span className="swatch" style={{ background: entry.color }} aria-hidden="true" /> {entry.label}
              </li>
            ))}
          </ul>
          <p className="graph-hover" aria-live="polite">
            {hovered ? `${hovered.label}${hovered.title ? ` — ${hovered.title}` : ''} · cited ${hovered.inDegree}×, cites ${hovered.outDegree}` : 'Hover a node for details; click it to open.'}
          </p>
        </aside>
      </div>
      <details className="graph-list">
        <summary>All {nodes.length} resolutions in this graph (keyboard and screen-reader list)</summary>
        <ol>
          {sorted.map((n) => (
            <li key={n.id}>
              <a
                href={`/explore/resolution/${n.number}`}
                onClick={(e) => {
                  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
                  e.preventDefault();
                  onOpen(n.number);
                }}
              >
                {n.label}
              </a>{' '}
              {n.title ?? ''} <span className="muted">(distance {n.distance}, cited {n.inDegree}×)</span>
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
