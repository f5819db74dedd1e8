import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { download } from '../download';
import type { ColorBy } from '../routes';
import type { GraphEdge, GraphNode } from '../types';
import { topicScale, yearScale } from './colorScales';
import { edgeShown, neighbourhood } from './edgeFilter';
import { FocusPanel, openOnPlainClick } from './FocusPanel';
import { GraphLabels } from './GraphLabels';
import type { GraphSurface } from './graphSurface';
import './graph.css';
import { timelineLayout } from './timelineLayout';
import { engineFor, WEBGL_MIN_NODES } from './rendererChoice';
import { loadSurface } from './surfaceLoader';
import { toGraphML } from './toGraphML';
import { VERB_GROUP_LABELS, VERB_GROUPS, type GraphLayout, type GraphState, type GraphViewSettings } from './viewSettings';

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
    /**
     * The renderer's own instance for the graph on screen, for client developers: a cytoscape Core, or a
     * sigma.js Sigma for large timeline graphs (window.__graphState.engine says which).
     */
    explorerGraph?: unknown;
    /** The graph's drawing surface: where each node is on screen and which edges are drawn (the e2e test reads it). */
    __graphSurface?: GraphSurface;
    /** A read-only snapshot of the graph view (renderer, labels, focus, dimming, edges shown). */
    readonly __graphState?: GraphState;
  }
}

const nodeSize = (n: GraphNode, maxIn: number, isCentre: boolean) => Math.max(isCentre ? 48 : 0, 14 + 38 * Math.sqrt(n.inDegree / maxIn));

/**
 * An interactive citation graph (cytoscape; sigma.js WebGL for large timeline graphs): node size by cited-by count,
 * colour by year or topic, the centre outlined in red, click (or Enter on the list) opens a resolution.
 * On the graph page it also lays out on a timeline, labels the most-cited nodes in view, filters edges by
 * verb group, and focuses a node (hover, right-click or the list) by fading all but its direct citations.
 * The canvas takes +/-/0/arrow/Escape keys; the node list under it is the keyboard and screen-reader way.
 */
export function CitationGraphView({ nodes, edges, centre, colorBy, onOpen, exportName, edgeLabels = false, ariaLabel, view, onViewChange }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [surface, setSurface] = useState<GraphSurface | null>(null);
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
  // The filter is its two fields, not the view object (a new one on every navigation).
  const verbs = view?.verbs.join(',');
  const shownEdges = useMemo(() => {
    const drawable = edges.filter((e) => byId.has(e.source) && byId.has(e.target));
    if (!view) return drawable;
    return drawable.filter((e) => edgeShown(e, view, centreSet));
  }, [edges, byId, centreSet, verbs, view?.peripheral]);
  const focusId = hovered ?? (view?.focus != null && byId.has(String(view.focus)) ? String(view.focus) : null);
  const focus = useMemo(() => (focusId ? neighbourhood(focusId, shownEdges, byId) : null), [focusId, shownEdges, byId]);

  const engine = engineFor(nodes.length, layout, view !== undefined);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    setReady(false);
    let cancelled = false;
    let drawn: GraphSurface | null = null;
    // Marks for the e2e figures (performance.getEntriesByType('measure')): each step from the data to the first frame.
    performance.mark('graph:start');
    const sizeOf = (n: GraphNode) => nodeSize(n, maxIn, centreSet.has(n.id));
    const positions =
      layout === 'timeline' ? timelineLayout(nodes.map((n) => ({ ...n, radius: sizeOf(n) / 2, pinned: centreSet.has(n.id) })), yAxis) : null;
    performance.mark('graph:positions');
    const numberOf = (id: string) => byId.get(id)?.number;
    void loadSurface(engine).then((create) => {
      if (cancelled) return;
      performance.mark('graph:loaded');
      drawn = create({
        container: element,
        nodes,
        edges,
        centre: centreSet,
        colorOf: scale.colorOf,
        sizeOf,
        layout,
        yAxis,
        positions,
        numbered: !view,
        edgeLabels,
        webgl: nodes.length > WEBGL_MIN_NODES,
        handlers: {
          open: (id) => {
            const number = numberOf(id);
            if (number !== undefined) onOpenRef.current(number);
          },
          pin: (id) => {
            const number = numberOf(id);
            if (number !== undefined) onViewChangeRef.current?.({ focus: number });
          },
          hover: setHovered,
          background: () => {
            setHovered(null);
            onViewChangeRef.current?.({ focus: null });
          },
          firstFrame: () => {
            if (cancelled) return;
            performance.mark('graph:first-frame');
            performance.measure('graph: timeline layout', 'graph:start', 'graph:positions');
            performance.measure('graph: renderer load', 'graph:positions', 'graph:loaded');
            performance.measure(`graph: ${engine} build`, 'graph:loaded', 'graph:built');
            performance.measure('graph: layout and fit', 'graph:built', 'graph:ready');
            performance.measure('graph: first frame', 'graph:ready', 'graph:first-frame');
            element.setAttribute('data-ready-at', String(Math.round(performance.now())));
            setReady(true);
          },
        },
      });
      window.explorerGraph = drawn.instance;
      window.__graphSurface = drawn;
      setSurface(drawn);
    });
    return () => {
      cancelled = true;
      if (drawn) {
        if (window.explorerGraph === drawn.instance) delete window.explorerGraph;
        if (window.__graphSurface === drawn) delete window.__graphSurface;
        drawn.destroy();
      }
      setSurface(null);
    };
  }, [nodes, edges, byId, centreSet, scale, maxIn, layout, yAxis, edgeLabels, engine, view ? 1 : 0]);

  // Edge filters: only on the graph page (the path page draws every edge).
  useEffect(() => {
    if (surface && view) surface.setShownEdges(new Set(shownEdges.map((e) => e.id)));
  }, [surface, shownEdges, view]);

  // Focus: fade all but the focused node, its direct neighbours among the edges shown, and those edges.
  useEffect(() => {
    surface?.setFocus(focus && focusId ? { id: focusId, lit: focus.ids } : null);
  }, [surface, focus, focusId]);
  // The read-only test hook: a getter, so it always describes what is on screen now.
  useEffect(() => {
    if (!surface) return;
    Object.defineProperty(window, '__graphState', {
      configurable: true,
      get: (): GraphState => ({ renderer: surface.renderer, engine: surface.engine, layout, ...surface.counts(), labels: [...labelIds.current], focus: focusId }),
    });
    return () => {
      Reflect.deleteProperty(window, '__graphState');
    };
  }, [surface, layout, focusId]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!surface) return;
    const step = 60;
    const actions: Record<string, () => void> = {
      '+': () => surface.zoomBy(1.25),
      '=': () => surface.zoomBy(1.25),
      '-': () => surface.zoomBy(1 / 1.25),
      '0': () => surface.fit(),
      ArrowLeft: () => surface.panBy(step, 0),
      ArrowRight: () => surface.panBy(-step, 0),
      ArrowUp: () => surface.panBy(0, step),
      ArrowDown: () => surface.panBy(0, -step),
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
  const zoomBy = (factor: number) => surface?.zoomBy(factor);

  const exportPng = async () => {
    if (surface) download(`${exportName}.png`, await surface.png(labelIds.current));
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
        <button type="button" onClick={() => surface?.fit()}>
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
            data-renderer={surface?.renderer ?? ''}
            data-engine={surface?.engine ?? engine}
            data-ready={ready ? 'true' : 'false'}
            tabIndex={0}
            role="img"
            aria-label={`${ariaLabel}. ${nodes.length} resolutions and ${edges.length} citations. Keys: plus and minus zoom, arrows pan, 0 fits, Escape clears the focus. The list below the graph links every resolution.`}
            onKeyDown={onKeyDown}
          />
          {view && surface && (
            <GraphLabels
              surface={surface}
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
