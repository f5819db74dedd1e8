import { edgeShown, neighbourhood } from '../../../../../web/src/explorer/graph/edgeFilter';
import { placeLabels, overlaps, type LabelCandidate } from '../../../../../web/src/explorer/graph/labelPlacement';
import { engineFor, WEBGL_MIN_NODES } from '../../../../../web/src/explorer/graph/rendererChoice';
import { timelineLayout, YEAR_WIDTH, type TimelineInput } from '../../../../../web/src/explorer/graph/timelineLayout';
import { DEFAULT_VIEW, parseViewSettings, verbGroup, viewSettingsParams } from '../../../../../web/src/explorer/graph/viewSettings';
import { formatRoute, graphRoute, parseRoute } from '../../../../../web/src/explorer/routes';
import type { GraphEdge, GraphNode } from '../../../../../web/src/explorer/types';

const node = (number: number, year: number, inDegree: number, extra: Partial<GraphNode> = {}): GraphNode => ({
  id: String(number),
  number,
  label: `S/RES/${number} (${year})`,
  title: null,
  year,
  mainTopic: null,
  inDegree,
  outDegree: 1,
  influence: inDegree / 1000,
  distance: 1,
  ...extra,
});

describe('timelineLayout', () => {
  // A crowded graph: 60 nodes in three years, most of them with few citations (as depth-2 graphs are).
  const nodes: TimelineInput[] = Array.from({ length: 60 }, (_, i) => ({
    id: String(1000 + i),
    year: 2000 + (i % 3),
    inDegree: i % 7 === 0 ? 200 - i : i % 4,
    influence: (i % 5) / 100,
    radius: 7 + (i % 7 === 0 ? 15 : 0),
    pinned: i === 0,
  }));

  it.each(['cited', 'influence'] as const)('places every node with no two overlapping (%s)', (axis) => {
    const at = timelineLayout(nodes, axis);
    expect(at.size).toBe(nodes.length);
    for (const a of nodes) {
      for (const b of nodes) {
        if (a.id >= b.id) continue;
        const p = at.get(a.id)!;
        const q = at.get(b.id)!;
        expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(a.radius + b.radius);
      }
    }
  });

  it('keeps each node inside its year column, years left to right', () => {
    const at = timelineLayout(nodes, 'cited');
    for (const n of nodes) {
      const x = at.get(n.id)!.x;
      expect(Math.abs(x - (n.year - 2000) * YEAR_WIDTH)).toBeLessThanOrEqual(0.45 * YEAR_WIDTH);
    }
  });

  it('puts more-cited nodes higher (smaller y) on a log scale, the pinned centre at its ideal point', () => {
    const two = [
      { id: 'a', year: 2000, inDegree: 0, influence: 0, radius: 5 },
      { id: 'b', year: 2000, inDegree: 10, influence: 0, radius: 5 },
      { id: 'c', year: 2000, inDegree: 100, influence: 0, radius: 5, pinned: true },
    ];
    const at = timelineLayout(two, 'cited');
    expect(at.get('c')!.y).toBeLessThan(at.get('b')!.y);
    expect(at.get('b')!.y).toBeLessThan(at.get('a')!.y);
    // log scale: 10 citations sit about half-way between 0 and 100 (log 11 / log 101 ≈ 0.52).
    const ratio = (at.get('a')!.y - at.get('b')!.y) / (at.get('a')!.y - at.get('c')!.y);
    expect(ratio).toBeGreaterThan(0.45);
    expect(ratio).toBeLessThan(0.6);
    expect(at.get('c')).toEqual({ x: 0, y: -900 });
  });

  it('is deterministic, whatever the order of the input', () => {
    expect(Object.fromEntries(timelineLayout(nodes, 'cited'))).toEqual(Object.fromEntries(timelineLayout([...nodes].reverse(), 'cited')));
  });
});

describe('placeLabels', () => {
  const candidate = (id: string, x: number, y: number, weight: number, centre = false): LabelCandidate => ({ id, x, y, r: 5, width: 60, height: 15, weight, centre });
  const view = { width: 500, height: 400 };

  it('labels the centre first, then the most-cited nodes in view, at most count of them', () => {
    const placed = placeLabels([candidate('a', 50, 50, 1), candidate('b', 200, 50, 9), candidate('c', 350, 50, 5), candidate('x', 50, 300, 0, true)], view, 2);
    expect(placed.map((l) => l.id)).toEqual(['x', 'b', 'c']);
  });

  it('skips nodes out of view (except the centre) and labels that would overlap one already placed', () => {
    const placed = placeLabels(
      [candidate('far', 900, 50, 99), candidate('top', 100, 100, 50), candidate('under', 110, 105, 40), candidate('next', 300, 100, 30), candidate('centre', -20, 50, 0, true)],
      view,
      5,
    );
    expect(placed.map((l) => l.id)).toEqual(['centre', 'top', 'next']);
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlaps(a, b)).toBe(false);
  });

  it('places no other label when count is 0', () => {
    expect(placeLabels([candidate('a', 50, 50, 1), candidate('c', 90, 300, 0, true)], view, 0).map((l) => l.id)).toEqual(['c']);
  });
});

describe('edge filters and focus', () => {
  const edges: GraphEdge[] = [
    { id: '1', source: '2396', target: '1373', verb: 'recalls' },
    { id: '2', source: '2396', target: '2178', verb: 'decides' },
    { id: '3', source: '2178', target: '1373', verb: 'reaffirms' },
    { id: '4', source: '2482', target: '2396', verb: 'expresses concern' },
    { id: '5', source: '2482', target: '2178', verb: null },
  ];
  const centre = new Set(['2396']);

  it('groups verbs: reaffirms/recalls, decides/acts, other (no verb counts as other)', () => {
    expect(['reaffirms', 'recalls', 'reiterates', 'decides', 'acting', 'determines', 'condemns', null].map(verbGroup)).toEqual([
      'restates',
      'restates',
      'restates',
      'decides',
      'decides',
      'decides',
      'other',
      'other',
    ]);
  });

  it('keeps only the chosen verb groups, and with peripheral off only the centre’s own citations', () => {
    const ids = (filter: Parameters<typeof edgeShown>[1]) => edges.filter((e) => edgeShown(e, filter, centre)).map((e) => e.id);
    expect(ids({ verbs: ['restates', 'decides', 'other'], peripheral: true })).toEqual(['1', '2', '3', '4', '5']);
    expect(ids({ verbs: ['restates'], peripheral: true })).toEqual(['1', '3']);
    expect(ids({ verbs: ['restates', 'decides', 'other'], peripheral: false })).toEqual(['1', '2', '4']);
    expect(ids({ verbs: [], peripheral: true })).toEqual([]);
  });

  it('lists the focused node’s citations both ways with verbs, newest first, and lights exactly those nodes', () => {
    const byId = new Map([node(2396, 2017, 30), node(1373, 2001, 300), node(2178, 2014, 60), node(2482, 2019, 2)].map((n) => [n.id, n]));
    const n = neighbourhood('2178', edges, byId);
    expect(n.cites.map((e) => [e.node.number, e.verb])).toEqual([[1373, 'reaffirms']]);
    expect(n.citedBy.map((e) => [e.node.number, e.verb])).toEqual([
      [2482, null],
      [2396, 'decides'],
    ]);
    expect([...n.ids].sort()).toEqual(['1373', '2178', '2396', '2482']);
  });
});

describe('graph view settings in the URL', () => {
  it('round-trips every setting through the URL', () => {
    const route = graphRoute(1373, { depth: 2, limit: 500, view: { layout: 'rings', yAxis: 'influence', labels: 30, verbs: ['restates'], peripheral: false, focus: 1269 } });
    const url = formatRoute(route);
    expect(url).toBe('/explore/graph/1373?depth=2&direction=BOTH&color=year&limit=500&layout=rings&y=influence&labels=30&verbs=restates&peripheral=0&focus=1269');
    const [path, search] = url.split('?');
    expect(parseRoute(path!, `?${search}`)).toEqual(route);
  });

  it('writes nothing for the defaults, and "none" when every verb group is off', () => {
    expect(viewSettingsParams(DEFAULT_VIEW)).toEqual([]);
    expect(viewSettingsParams({ ...DEFAULT_VIEW, verbs: [] })).toEqual([['verbs', 'none']]);
    expect(parseViewSettings(new URLSearchParams('verbs=none')).verbs).toEqual([]);
  });

  it('falls back to the default for unknown or out-of-range values', () => {
    expect(parseViewSettings(new URLSearchParams('layout=spiral&y=up&labels=-3&focus=abc&verbs=bogus,decides'))).toEqual({ ...DEFAULT_VIEW, verbs: ['decides'] });
    expect(parseViewSettings(new URLSearchParams('labels=999')).labels).toBe(100);
  });
});

describe('renderer choice', () => {
  it('draws large timeline graphs of the graph page with sigma, and everything else with cytoscape', () => {
    expect(engineFor(WEBGL_MIN_NODES + 1, 'timeline', true)).toBe('sigma');
    expect(engineFor(WEBGL_MIN_NODES, 'timeline', true)).toBe('cytoscape');
    expect(engineFor(WEBGL_MIN_NODES + 1, 'cose', true)).toBe('cytoscape');
    expect(engineFor(WEBGL_MIN_NODES + 1, 'rings', true)).toBe('cytoscape');
    // The path page (no view settings) always uses cytoscape: it labels nodes and edges on the canvas.
    expect(engineFor(WEBGL_MIN_NODES + 1, 'timeline', false)).toBe('cytoscape');
  });
});
