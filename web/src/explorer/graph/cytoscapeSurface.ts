import cytoscape from 'cytoscape';
import { fitViewport, MAX_ZOOM, MIN_ZOOM } from './fitViewport';
import { afterNextFrame, type GraphSurface, type SurfaceFocus, type SurfaceInput } from './graphSurface';
import { shortLabelOf } from './nodeLabel';

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

/**
 * The cytoscape surface: the canvas renderer, or cytoscape's WebGL renderer for large graphs in the force
 * or ring layout. The timeline starts on its known positions and fitted viewport; the other layouts run here.
 */
export function createCytoscapeSurface(input: SurfaceInput): GraphSurface {
  const { container: element, nodes, edges, centre, positions, handlers, webgl } = input;
  const large = nodes.length > 150;
  // The timeline's positions are known here, so is the viewport that fits them: cytoscape starts on it and
  // never measures the graph (a fit measures every edge's geometry: seconds for a few thousand edges).
  const viewport = positions ? fitViewport(nodes, positions, (n) => input.sizeOf(n) / 2, element.clientWidth, element.clientHeight, 30) : null;
  const cy = cytoscape({
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
      data: { id: n.id, short: input.numbered ? String(n.number) : shortLabelOf(n), color: input.colorOf(n), size: input.sizeOf(n), distance: n.distance },
      position: positions?.get(n.id) ?? { x: 0, y: 0 },
      classes: [centre.has(n.id) ? 'centre' : '', input.numbered ? 'numbered' : ''].join(' ').trim(),
    })),
  });
  // Nodes are styled before any edge exists: each node property that sizes a node marks every edge
  // at it for re-measuring, one event per edge and property, which for thousands of edges cost seconds.
  cy.nodes().forEach((n) => void n.style('width'));
  const ids = new Set(nodes.map((n) => n.id));
  cy.add(
    edges
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({ group: 'edges' as const, data: { id: `e${e.id}`, eid: e.id, source: e.source, target: e.target, verb: e.verb ?? '' }, classes: input.edgeLabels ? 'labelled' : large ? 'large' : '' })),
  );
  performance.mark('graph:built');
  cy.on('tap', 'node', (evt) => handlers.open(evt.target.id() as string));
  // Right-click (or a long press) keeps a node in focus.
  cy.on('cxttap taphold', 'node', (evt) => handlers.pin(evt.target.id() as string));
  cy.on('tap', (evt) => {
    if (evt.target === cy) handlers.background();
  });
  cy.on('mouseover', 'node', (evt) => {
    evt.target.addClass('hover');
    handlers.hover(evt.target.id() as string);
    element.style.cursor = 'pointer';
  });
  cy.on('mouseout', 'node', (evt) => {
    evt.target.removeClass('hover');
    handlers.hover(null);
    element.style.cursor = '';
  });
  cy.on('mouseover', 'edge', (evt) => evt.target.addClass('hover'));
  cy.on('mouseout', 'edge', (evt) => evt.target.removeClass('hover'));
  const ready = () => {
    performance.mark('graph:ready');
    afterNextFrame(handlers.firstFrame);
  };
  if (input.layout === 'timeline') ready();
  else {
    const maxDistance = Math.max(0, ...nodes.map((n) => n.distance));
    const options: cytoscape.LayoutOptions =
      input.layout === 'cose'
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
    const run = cy.layout(options);
    run.one('layoutstop', () => {
      cy.fit(cy.nodes(), 20);
      ready();
    });
    run.run();
  }

  // The instance a focus is drawn on: without one, nothing is faded and there is nothing to clear.
  let focusDrawn = false;
  const centrePoint = () => ({ x: cy.width() / 2, y: cy.height() / 2 });
  const toScreen = (n: cytoscape.NodeSingular) => {
    const p = n.renderedPosition();
    return { id: n.id(), x: p.x, y: p.y, r: n.renderedWidth() / 2 };
  };
  return {
    engine: 'cytoscape',
    renderer: webgl ? 'webgl' : 'canvas',
    instance: cy,
    size: () => ({ width: cy.width(), height: cy.height() }),
    screenNodes: () => cy.nodes().map(toScreen),
    screenNode: (id) => {
      const n = cy.getElementById(id);
      return n.nonempty() && n.isNode() ? toScreen(n) : null;
    },
    onViewportChange(listener) {
      cy.on('viewport resize position', listener);
      return () => cy.off('viewport resize position', listener);
    },
    // Hidden edges are display:none, so they are neither drawn nor hit. Only edges whose state changes are
    // touched (none when the graph is first drawn with every edge shown).
    setShownEdges(shown) {
      cy.batch(() => {
        cy.edges().forEach((e) => {
          const hidden = !shown.has(e.data('eid') as string);
          if (hidden !== e.hasClass('filtered')) e.toggleClass('filtered', hidden);
        });
      });
    },
    setFocus(focus: SurfaceFocus | null) {
      if (!focus && !focusDrawn) return;
      cy.batch(() => {
        cy.elements().removeClass('faded lit focus');
        focusDrawn = false;
        if (!focus) return;
        focusDrawn = true;
        cy.elements().addClass('faded');
        for (const id of focus.lit) cy.getElementById(id).removeClass('faded');
        const node = cy.getElementById(focus.id);
        node.addClass('focus');
        node.connectedEdges().forEach((e) => {
          if (!e.hasClass('filtered')) e.removeClass('faded').addClass('lit');
        });
      });
    },
    zoomBy: (factor) => cy.zoom({ level: cy.zoom() * factor, renderedPosition: centrePoint() }),
    fit: () => cy.fit(cy.nodes(), 20),
    panBy: (dx, dy) => cy.panBy({ x: dx, y: dy }),
    async png(labelIds) {
      // The overlay's labels are HTML: draw the same ones with cytoscape for the picture.
      const wanted = new Set(labelIds);
      const labelled = cy.nodes().filter((n) => wanted.has(n.id()));
      labelled.addClass('export-label');
      try {
        return await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
      } finally {
        labelled.removeClass('export-label');
      }
    },
    drawnEdges: () =>
      cy
        .edges()
        .filter((e) => !e.hasClass('filtered'))
        .map((e) => e as cytoscape.EdgeSingular)
        .map((e) => ({ s: e.source().id(), t: e.target().id(), verb: (e.data('verb') as string) || null })),
    counts: () => ({
      nodes: cy.nodes().length,
      edgesShown: cy.edges().filter((e) => !e.hasClass('filtered')).length,
      fadedNodes: cy.nodes('.faded').length,
      fadedEdges: cy.edges('.faded').filter((e) => !e.hasClass('filtered')).length,
    }),
    destroy: () => cy.destroy(),
  };
}
