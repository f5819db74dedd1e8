import cytoscape from 'cytoscape';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { download } from '../download';
import type { ColorBy } from '../routes';
import type { GraphEdge, GraphNode } from '../types';
import { topicScale, yearScale } from './colorScales';
import { edgeShown, neighbourhood } from './edgeFilter';
import { fitViewport, MAX_ZOOM, MIN_ZOOM } from './fitViewport';
import { FocusPanel, openOnPlainClick } from './FocusPanel';
import { GraphLabels, shortLabel } from './GraphLabels';
import './graph.css';
import { timelineLayout } from './timelineLayout';
import { toGraphML } from './toGraphML';
import { VERB_GROUP_LABELS, VERB_GROUPS, type GraphLayout, type GraphState, type GraphViewSettings } from './viewSettings';

/** Above this many nodes the graph is drawn with cytoscape's WebGL renderer. */
export const WEBGL_MIN_NODES = 300;

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
  /**
   * The graph page's view settings (from its URL) and how to change them. Without them (the path page) the
   * graph is force-directed, every node carries its number, and every edge is drawn.
   */
  view?: GraphViewSettings;
  onViewChange?(partial: Partial<GraphViewSettings>): void;
}

declare global {
  interface Window {
    /** The live cytoscape instance of the graph on screen: a handle for client developers and the e2e test. */
    explorerGraph?: cytoscape.Core;
    /** A read-only snapshot of the graph view (renderer, labels, focus, dimming, edges shown). */
    readonly __graphState?: GraphState;
  }
}

// Styles go by class, never per element, and each element carries only the properties it draws: cytoscape
// applies every matching property of every element when the graph is built.
const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      'border-width': 1,
      'border-color': '#374151',
      width: 'data(size)',
      height: 'data(size)',
    },
  },
  // Path page: each node carries its number. On the graph page labels are the HTML overlay (GraphLabels);
  // cytoscape draws them only into an exported PNG.
  {
    selector: 'node.numbered, node.export-label',
    style: {
      label: 'data(short)',
      'font-size': 11,
      color: '#111827',
      'text-valign': 'center',
      'text-halign': 'center',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      // Labels below this on-screen size are skipped: zoomed-out graphs stay fast and uncluttered.
      'min-zoomed-font-size': 7,
    },
  },
  { selector: 'node.export-label', style: { 'text-valign': 'bottom', 'text-margin-y': 2, 'font-size': 12 } },
  { selector: 'node.centre', style: { 'z-index': 10, 'border-width': 5, 'border-color': '#b91c1c', 'font-weight': 'bold', 'font-size': 14 } },
  { selector: 'node:selected, node.hover, node.focus', style: { 'border-width': 4, 'border-color': '#1d4ed8' } },
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
  { selector: 'edge.large', style: { 'curve-style': 'straight', width: 0.8, 'arrow-scale': 0.6, opacity: 0.55 } },
  { selector: 'edge.labelled', style: { label: 'data(verb)', 'font-size': 10, color: '#1f2937', 'text-background-color': '#ffffff', 'text-background-opacity': 1, 'text-rotation': 'autorotate' } },
  { selector: 'edge.hover', style: { 'line-color': '#1d4ed8', 'target-arrow-color': '#1d4ed8', width: 2.5, label: 'data(verb)', 'font-size': 10 } },
  { selector: 'edge.filtered', style: { display: 'none' } },
  // Focus: everything but the focused node, its direct citations both ways and their edges fades out.
  { selector: '.faded', style: { opacity: 0.12 } },
  { selector: 'edge.lit', style: { 'line-color': '#1d4ed8', 'target-arrow-color': '#1d4ed8', width: 1.6, opacity: 0.9 } },
];

const nodeSize = (n: GraphNode, maxIn: number, isCentre: boolean) => Math.max(isCentre ? 48 : 0, 14 + 38 * Math.sqrt(n.inDegree / maxIn));

/**
 * An interactive citation graph (cytoscape, WebGL above WEBGL_MIN_NODES): node size by cited-by count,
 * colour by year or topic, the centre outlined in red, click (or Enter on the list) opens a resolution.
 * On the graph page it also lays out on a timeline, labels the most-cited nodes in view, filters edges by
 * verb group, and focuses a node (hover, right-click or the list) by fading all but its direct citations.
 * The canvas takes +/-/0/arrow/Escape keys; the node list under it is the keyboard and screen-reader way.
 */
export function CitationGraphView({ nodes, edges, centre, colorBy, onOpen, exportName, edgeLabels = false, ariaLabel, view, onViewChange }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  const [localLayout, setLocalLayout] = useState<GraphLayout>(nodes.length > 150 ? 'rings' : 'cose');
  const layout = view?.layout ?? localLayout;
  const yAxis = view?.yAxis ?? 'cited';
  const [hovered, setHovered] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const labelIds = useRef<string[]>([]);
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;
  const onViewChangeRef = useRef(onViewChange);
  onViewChangeRef.current = onViewChange;

  const scale = useMemo(() => (colorBy === 'topic' ? topicScale(nodes) : yearScale(nodes)), [nodes, colorBy]);
  const maxIn = useMemo(() => Math.max(1, ...nodes.map((n) => n.inDegree)), [nodes]);
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const centreSet = useMemo(() => new Set(centre), [centre]);
  const webgl = nodes.length > WEBGL_MIN_NODES;
  // The filter is its two fields, not the view object (a new one on every navigation).
  const verbs = view?.verbs.join(',');
  const shownEdges = useMemo(() => {
    const drawable = edges.filter((e) => byId.has(e.source) && byId.has(e.target));
    if (!view) return drawable;
    return drawable.filter((e) => edgeShown(e, view, centreSet));
  }, [edges, byId, centreSet, verbs, view?.peripheral]);
  const focusId = hovered ?? (view?.focus != null && byId.has(String(view.focus)) ? String(view.focus) : null);
  const focus = useMemo(() => (focusId ? neighbourhood(focusId, shownEdges, byId) : null), [focusId, shownEdges, byId]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    setReady(false);
    const large = nodes.length > 150;
    // Marks for the e2e figures (performance.getEntriesByType('measure')): each step from the data to the first frame.
    performance.mark('graph:start');
    const positions =
      layout === 'timeline'
        ? timelineLayout(
            nodes.map((n) => ({ ...n, radius: nodeSize(n, maxIn, centreSet.has(n.id)) / 2, pinned: centreSet.has(n.id) })),
            yAxis,
          )
        : null;
    performance.mark('graph:positions');
    // The timeline's positions are known here, so is the viewport that fits them: cytoscape starts on it and
    // never measures the graph (a fit measures every edge's geometry: seconds for a few thousand edges).
    const viewport = positions ? fitViewport(nodes, positions, (n) => nodeSize(n, maxIn, centreSet.has(n.id)) / 2, element.clientWidth, element.clientHeight, 30) : null;
    const instance = cytoscape({
      container: element,
      style: STYLE,
      // No layout at construction: `positions: {}` moves no node and `fit: false` measures nothing. The
      // timeline's positions come with the elements; the other layouts run below.
      layout: { name: 'preset', positions: {}, fit: false } as cytoscape.LayoutOptions,
      ...(viewport ?? {}),
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      // Canvas renderer, large graphs: draw edges only at rest and move a cached bitmap while panning.
      hideEdgesOnViewport: large && !webgl,
      textureOnViewport: large && !webgl,
      pixelRatio: large && !webgl ? 1 : 'auto',
      ...({ webgl } as object),
      elements: nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, short: view ? shortLabel(n) : String(n.number), color: scale.colorOf(n), size: nodeSize(n, maxIn, centreSet.has(n.id)), distance: n.distance },
        position: positions?.get(n.id) ?? { x: 0, y: 0 },
        classes: [centreSet.has(n.id) ? 'centre' : '', view ? '' : 'numbered'].join(' ').trim(),
      })),
    });
    // Nodes are styled before any edge exists: each node property that sizes a node marks every edge
    // at it for re-measuring, one event per edge and property, which for thousands of edges cost seconds.
    instance.nodes().forEach((n) => void n.style('width'));
    instance.add(
      edges
        .filter((e) => byId.has(e.source) && byId.has(e.target))
        .map((e) => ({ group: 'edges' as const, data: { id: `e${e.id}`, source: e.source, target: e.target, verb: e.verb ?? '' }, classes: edgeLabels ? 'labelled' : large ? 'large' : '' })),
    );
    performance.mark('graph:built');
    window.explorerGraph = instance;
    instance.on('tap', 'node', (evt) => {
      const node = byId.get(evt.target.id() as string);
      if (node) onOpenRef.current(node.number);
    });
    // Right-click (or a long press) keeps a node in focus, in the URL.
    instance.on('cxttap taphold', 'node', (evt) => {
      const node = byId.get(evt.target.id() as string);
      if (node) onViewChangeRef.current?.({ focus: node.number });
    });
    instance.on('tap', (evt) => {
      if (evt.target === instance) {
        setHovered(null);
        onViewChangeRef.current?.({ focus: null });
      }
    });
    instance.on('mouseover', 'node', (evt) => {
      evt.target.addClass('hover');
      setHovered(evt.target.id() as string);
      element.style.cursor = 'pointer';
    });
    instance.on('mouseout', 'node', (evt) => {
      evt.target.removeClass('hover');
      setHovered(null);
      element.style.cursor = '';
    });
    instance.on('mouseover', 'edge', (evt) => evt.target.addClass('hover'));
    instance.on('mouseout', 'edge', (evt) => evt.target.removeClass('hover'));
    const firstFrame = () => {
      performance.mark('graph:ready');
      performance.measure('graph: timeline layout', 'graph:start', 'graph:positions');
      performance.measure('graph: cytoscape build', 'graph:positions', 'graph:built');
      performance.measure('graph: layout and fit', 'graph:built', 'graph:ready');
      // The first frame drawn after layout: a task that runs after the next animation frame.
      requestAnimationFrame(() =>
        setTimeout(() => {
          performance.mark('graph:first-frame');
          performance.measure('graph: first frame', 'graph:ready', 'graph:first-frame');
          element.setAttribute('data-ready-at', String(Math.round(performance.now())));
          setReady(true);
        }),
      );
    };
    if (layout === 'timeline') firstFrame();
    else {
      const maxDistance = Math.max(0, ...nodes.map((n) => n.distance));
      const options: cytoscape.LayoutOptions =
        layout === 'cose'
          ? ({ name: 'cose', animate: false, randomize: false, fit: false, padding: 20, nodeRepulsion: () => 12000, idealEdgeLength: () => 70, gravity: 0.3 } as cytoscape.LayoutOptions)
          : {
              name: 'concentric',
              animate: false,
              padding: 20,
              minNodeSpacing: 6,
              concentric: (node: cytoscape.NodeSingular) => maxDistance - (node.data('distance') as number),
              levelWidth: () => 1,
              // Fitted below on the nodes alone: the edges lie between them, and measuring them is the slow part.
              fit: false,
            };
      const run = instance.layout(options);
      run.one('layoutstop', () => {
        instance.fit(instance.nodes(), 20);
        firstFrame();
      });
      run.run();
    }
    setCy(instance);
    return () => {
      if (window.explorerGraph === instance) delete window.explorerGraph;
      instance.destroy();
      setCy(null);
    };
  }, [nodes, edges, byId, centreSet, scale, maxIn, layout, yAxis, edgeLabels, webgl, view ? 1 : 0]);

  // Edge filters: hidden edges are display:none, so they are neither drawn nor hit. Only edges whose state
  // changes are touched (none when the graph is first drawn with every edge shown).
  useEffect(() => {
    if (!cy || !view) return;
    const shown = new Set(shownEdges.map((e) => `e${e.id}`));
    cy.batch(() => {
      cy.edges().forEach((e) => {
        const hidden = !shown.has(e.id());
        if (hidden !== e.hasClass('filtered')) e.toggleClass('filtered', hidden);
      });
    });
  }, [cy, shownEdges, view]);

  // Focus: fade all but the focused node, its direct neighbours among the edges shown, and those edges.
  // The instance a focus is drawn on: without one, nothing is faded and there is nothing to clear.
  const focusDrawn = useRef<cytoscape.Core | null>(null);
  useEffect(() => {
    if (!cy) return;
    if (!focus && focusDrawn.current !== cy) return;
    cy.batch(() => {
      cy.elements().removeClass('faded lit focus');
      focusDrawn.current = null;
      if (!focus || !focusId) return;
      focusDrawn.current = cy;
      cy.elements().addClass('faded');
      for (const id of focus.ids) cy.getElementById(id).removeClass('faded');
      cy.getElementById(focusId).addClass('focus');
      cy.getElementById(focusId)
        .connectedEdges()
        .forEach((e) => {
          if (!e.hasClass('filtered')) e.removeClass('faded').addClass('lit');
        });
    });
  }, [cy, focus, focusId, shownEdges]);
  // The read-only test hook: a getter, so it always describes what is on screen now.
  useEffect(() => {
    if (!cy) return;
    Object.defineProperty(window, '__graphState', {
      configurable: true,
      get: (): GraphState => ({
        renderer: webgl ? 'webgl' : 'canvas',
        layout,
        nodes: cy.nodes().length,
        edgesShown: cy.edges().filter((e) => !e.hasClass('filtered')).length,
        labels: [...labelIds.current],
        focus: focusId,
        fadedNodes: cy.nodes('.faded').length,
        fadedEdges: cy.edges('.faded').filter((e) => !e.hasClass('filtered')).length,
      }),
    });
    return () => {
      Reflect.deleteProperty(window, '__graphState');
    };
  }, [cy, webgl, layout, focusId]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!cy) return;
    const centrePoint = { x: cy.width() / 2, y: cy.height() / 2 };
    const step = 60;
    const actions: Record<string, () => void> = {
      '+': () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centrePoint }),
      '=': () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centrePoint }),
      '-': () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: centrePoint }),
      '0': () => cy.fit(cy.nodes(), 20),
      ArrowLeft: () => cy.panBy({ x: step, y: 0 }),
      ArrowRight: () => cy.panBy({ x: -step, y: 0 }),
      ArrowUp: () => cy.panBy({ x: 0, y: step }),
      ArrowDown: () => cy.panBy({ x: 0, y: -step }),
      Escape: () => {
        setHovered(null);
        onViewChange?.({ focus: null });
      },
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };
  const zoomBy = (factor: number) => cy?.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });

  const exportPng = async () => {
    if (!cy) return;
    // The overlay's labels are HTML: draw the same ones with cytoscape for the picture.
    const wanted = new Set(labelIds.current);
    const labelled = cy.nodes().filter((n) => wanted.has(n.id()));
    labelled.addClass('export-label');
    try {
      const blob = await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
      download(`${exportName}.png`, blob);
    } finally {
      labelled.removeClass('export-label');
    }
  };
  const exportJson = () => download(`${exportName}.json`, JSON.stringify({ nodes, edges }, null, 2), 'application/json');
  const exportGraphml = () => download(`${exportName}.graphml`, toGraphML(nodes, edges), 'application/graphml+xml');

  const sorted = useMemo(() => [...nodes].sort((a, b) => a.distance - b.distance || a.number - b.number), [nodes]);
  const focusNode = focusId ? (byId.get(focusId) ?? null) : null;
  // The list does not change on hover or focus: built once per graph, so hovering re-renders only the panel.
  const hasView = view !== undefined;
  const list = useMemo(
    () => (
      <details className="graph-list">
        <summary>All {nodes.length} resolutions in this graph (keyboard and screen-reader list)</summary>
        <ol>
          {sorted.map((n) => (
            <li key={n.id}>
              <a href={`/explore/resolution/${n.number}`} onClick={openOnPlainClick(() => onOpenRef.current(n.number))}>
                {n.label}
              </a>{' '}
              {n.title ?? ''} <span className="muted">(distance {n.distance}, cited {n.inDegree}×)</span>
              {hasView && (
                <>
                  {' '}
                  <button type="button" className="link-button" onClick={() => onViewChangeRef.current?.({ focus: n.number })}>
                    focus
                  </button>
                </>
              )}
            </li>
          ))}
        </ol>
      </details>
    ),
    [sorted, nodes.length, hasView],
  );

  return (
    <div className="graph-view">
      <div className="graph-toolbar" role="toolbar" aria-label="Graph tools">
        {!view && (
          <label>
            Layout{' '}
            <select value={layout} onChange={(e) => setLocalLayout(e.target.value as GraphLayout)}>
              <option value="cose">force-directed (cose)</option>
              <option value="rings">rings by distance</option>
            </select>
          </label>
        )}
        <button type="button" onClick={() => zoomBy(1.25)}>
          Zoom in
        </button>
        <button type="button" onClick={() => zoomBy(1 / 1.25)}>
          Zoom out
        </button>
        <button type="button" onClick={() => cy?.fit(cy.nodes(), 20)}>
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
        <div className="graph-stage">
          <div
            ref={container}
            className="graph-canvas"
            data-testid="graph-canvas"
            data-node-count={nodes.length}
            data-renderer={webgl ? 'webgl' : 'canvas'}
            data-ready={ready ? 'true' : 'false'}
            tabIndex={0}
            role="img"
            aria-label={`${ariaLabel}. ${nodes.length} resolutions and ${edges.length} citations. Keys: plus and minus zoom, arrows pan, 0 fits, Escape clears the focus. The list below the graph links every resolution.`}
            onKeyDown={onKeyDown}
          />
          {view && cy && (
            <GraphLabels
              cy={cy}
              nodes={nodes}
              centre={centreSet}
              count={view.labels}
              lit={focus?.ids ?? null}
              focus={focusNode}
              onPlaced={(ids) => {
                labelIds.current = ids;
              }}
            />
          )}
          {layout === 'timeline' && view && (
            <p className="graph-axes muted" aria-hidden="true">
              x: year of adoption → · y: {yAxis === 'cited' ? 'times cited' : 'influence'} (log scale) ↑
            </p>
          )}
        </div>
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
          {view ? (
            <FocusPanel focus={focusNode} edges={focus} pinned={view.focus} onFocus={(number) => onViewChange?.({ focus: number })} onOpen={onOpen} />
          ) : (
            <p className="graph-hover" aria-live="polite">
              {focusNode ? `${focusNode.label}${focusNode.title ? ` — ${focusNode.title}` : ''} · cited ${focusNode.inDegree}×, cites ${focusNode.outDegree}` : 'Hover a node for details; click it to open.'}
            </p>
          )}
          {view && (
            <p className="legend-note">
              Citations shown: {VERB_GROUPS.filter((g) => view.verbs.includes(g)).map((g) => VERB_GROUP_LABELS[g]).join(', ') || 'none'}
              {view.peripheral ? '' : ' (only those of the centre)'} — {shownEdges.length} of {edges.length}.
            </p>
          )}
        </aside>
      </div>
      {list}
    </div>
  );
}
