import cytoscape from 'cytoscape';
import { fitViewport, MAX_ZOOM, nodeBounds } from '../../../../../web/src/explorer/graph/fitViewport';
import type { GraphNode } from '../../../../../web/src/explorer/types';

const node = (number: number, radius: number): GraphNode & { radius: number } => ({
  id: String(number),
  number,
  label: `S/RES/${number}`,
  title: null,
  year: 2000,
  mainTopic: null,
  inDegree: 0,
  outDegree: 0,
  influence: 0,
  distance: 1,
  radius,
});

describe('fitViewport', () => {
  const nodes = [node(1, 7), node(2, 24), node(3, 12), node(4, 7)];
  const positions = new Map([
    ['1', { x: -300, y: 40 }],
    ['2', { x: 0, y: -900 }],
    ['3', { x: 420, y: 0 }],
    ['4', { x: 35, y: 2 }],
  ]);
  const radius = (n: GraphNode) => (n as ReturnType<typeof node>).radius;

  it('frames the bounding box cytoscape measures for the same nodes, with the padding on the tight side, centred on the other', () => {
    // The bounding box as cytoscape itself measures it (node bodies and their 1 px border).
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'border-width': 1, label: '' } }],
      elements: nodes.map((n) => ({ data: { id: n.id, size: 2 * n.radius }, position: positions.get(n.id) })),
      // As the graph view builds it: a layout that moves nothing, so the elements keep their positions.
      layout: { name: 'preset', positions: {}, fit: false } as cytoscape.LayoutOptions,
    });
    expect(cy.getElementById('2').position()).toEqual({ x: 0, y: -900 });
    const bb = cy.nodes().boundingBox({});
    cy.destroy();
    const [width, height, padding] = [950, 640, 30];
    const fit = fitViewport(nodes, positions, radius, width, height, padding);
    expect(fit).not.toBeNull();
    const { zoom, pan } = fit!;
    const screen = { x1: bb.x1 * zoom + pan.x, x2: bb.x2 * zoom + pan.x, y1: bb.y1 * zoom + pan.y, y2: bb.y2 * zoom + pan.y };
    // This graph is tall: its height fills the view less the padding; its width is centred.
    expect(screen.y1).toBeCloseTo(padding, 0);
    expect(screen.y2).toBeCloseTo(height - padding, 0);
    expect((screen.x1 + screen.x2) / 2).toBeCloseTo(width / 2, 0);
    expect(screen.x1).toBeGreaterThan(padding);
  });

  it('keeps the zoom in range and declines views too small to pad', () => {
    const one = [node(7, 5)];
    const at = new Map([['7', { x: 10, y: 10 }]]);
    expect(fitViewport(one, at, radius, 800, 600, 30)!.zoom).toBe(MAX_ZOOM);
    expect(fitViewport(one, at, radius, 50, 600, 30)).toBeNull();
    expect(fitViewport(one, new Map(), radius, 800, 600, 30)).toBeNull();
  });
});

describe('nodeBounds', () => {
  it('is the box around every positioned node disc, ignoring nodes without a position, and null with none', () => {
    const a = node(1, 7);
    const b = node(2, 24);
    const c = node(3, 12);
    const positions = new Map([
      ['1', { x: -300, y: 40 }],
      ['2', { x: 0, y: -900 }],
    ]);
    const radius = (n: GraphNode) => (n as ReturnType<typeof node>).radius;
    expect(nodeBounds([a, b, c], positions, radius)).toEqual({ x1: -307, y1: -924, x2: 24, y2: 47 });
    expect(nodeBounds([c], positions, radius)).toBeNull();
  });
});
