import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { App } from '../../src/app/startApp';
import { verbGroup, type GraphState } from '../../web/src/explorer/graph/viewSettings';
import { describeCorpus } from '../support/corpus';
import { ARTIFACTS_DIR, screenshot } from '../support/artifacts';
import { startExplorerSession, stopExplorerSession } from '../support/explorerSession';
import type { OfflineContext } from '../support/offlineContext';

/** Taller than the usual desktop: the graph, its legend and the focus panel fit in one screenshot. */
const VIEWPORT = { width: 1280, height: 900 };
// The loaded, shared test machine can take a minute to draw a graph: generous waits, no timing assertion.
const WAIT = 180_000;
jest.setTimeout(600_000);

const state = (page: Page) => page.evaluate('window.__graphState') as Promise<GraphState>;
/**
 * Polls the view's state from Node until `ok` holds. Not page.waitForFunction: once it has to poll, it evaluates
 * a string predicate with eval, which the pages' CSP (script-src 'self') refuses.
 */
async function waitForState(page: Page, ok: (s: GraphState) => boolean, timeout = WAIT): Promise<GraphState> {
  const until = Date.now() + timeout;
  for (;;) {
    const s = await state(page);
    if (s && ok(s)) return s;
    if (Date.now() > until) throw new Error(`the graph's state never matched within ${timeout} ms: ${JSON.stringify(s)?.slice(0, 300)}`);
    await page.waitForTimeout(100);
  }
}
const waitForGraph = (page: Page) => page.waitForSelector('[data-testid="graph-canvas"][data-ready="true"]', { timeout: WAIT });

/** Page coordinates of a node's centre. */
async function nodeAt(page: Page, id: string): Promise<{ x: number; y: number }> {
  return (await page.evaluate(`(() => {
    const box = document.querySelector('[data-testid="graph-canvas"]').getBoundingClientRect();
    const p = window.__graphSurface.screenNode(${JSON.stringify(id)});
    return { x: box.left + p.x, y: box.top + p.y };
  })()`)) as { x: number; y: number };
}

/** Verbs of the edges drawn now, with their ends (from the renderer, cytoscape or sigma). */
const shownEdges = (page: Page) =>
  page.evaluate('window.__graphSurface.drawnEdges()') as Promise<
    Array<{ s: string; t: string; verb: string | null }>
  >;

/**
 * The breakdown of the first interactive frame, from Chromium's performance timeline: navigation, the API
 * call (resource timing) and the view's own marks (CitationGraphView.tsx), in ms since navigation started.
 */
const firstFrameTimeline = (page: Page) =>
  page.evaluate(`(() => {
    const api = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/graphql')).pop();
    const nav = performance.getEntriesByType('navigation')[0];
    const mark = (name) => { const m = performance.getEntriesByName(name, 'mark').pop(); return m ? Math.round(m.startTime) : -1; };
    const measures = Object.fromEntries(performance.getEntriesByType('measure').filter((m) => m.name.startsWith('graph:')).map((m) => [m.name, Math.round(m.duration)]));
    return {
      firstInteractiveMs: Number(document.querySelector('[data-testid="graph-canvas"]').getAttribute('data-ready-at')),
      domInteractive: Math.round(nav.domInteractive),
      apiStart: api ? Math.round(api.startTime) : -1,
      apiMs: api ? Math.round(api.responseEnd - api.startTime) : -1,
      apiEnd: api ? Math.round(api.responseEnd) : -1,
      graphStart: mark('graph:start'),
      ...measures,
    };
  })()`) as Promise<Record<string, number>>;

describeCorpus('citation graph view in headless Chromium on the real corpus', () => {
  let app: App;
  let browser: Browser;
  let desktop: OfflineContext;
  let page: Page;

  beforeAll(async () => {
    // Software WebGL (SwiftShader) stands in for a GPU in headless Chromium.
    ({ app, browser, desktop, page } = await startExplorerSession({ chromiumArgs: ['--enable-unsafe-swiftshader'], viewport: VIEWPORT }));
  });
  afterAll(() => stopExplorerSession({ app, browser }));

  it('opens 2396 at depth 2 on the timeline, with the centre and the most-cited nodes in view labelled, no two labels overlapping', async () => {
    await page.goto(`${app.url}/explore/graph/2396?depth=2`);
    await waitForGraph(page);
    await screenshot(page, 'graph-view-2396-depth2');
    const s = await state(page);
    expect(s).toMatchObject({ layout: 'timeline', renderer: 'canvas', focus: null, fadedNodes: 0 });
    expect(s.labels[0]).toBe('2396');
    expect(s.labels.length).toBeGreaterThan(5);
    expect(s.labels.length).toBeLessThanOrEqual(16);
    const labels = await page.$$eval('.graph-label', (els) => els.map((e) => ({ id: e.getAttribute('data-id'), centre: e.classList.contains('centre'), box: e.getBoundingClientRect().toJSON() as { left: number; right: number; top: number; bottom: number } })));
    expect(labels.map((l) => l.id)).toEqual(s.labels);
    expect(labels.filter((l) => l.centre).map((l) => l.id)).toEqual(['2396']);
    for (const a of labels) for (const b of labels) {
      if (a === b) continue;
      const apart = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
      expect(apart).toBe(true);
    }
    // Years run left to right: the centre (2017) is right of 1373 (2001).
    expect((await nodeAt(page, '2396')).x).toBeGreaterThan((await nodeAt(page, '1373')).x);
    // The label count is adjustable, and kept in the URL.
    await page.fill('.graph-controls input[type="number"]', '5');
    await page.waitForURL(/labels=5/);
    await waitForState(page, (st) => st.labels.length <= 6);
    expect((await state(page)).labels[0]).toBe('2396');
  });

  it('focuses a node on hover: all but its direct citations fade, its symbol and title show, the panel lists its edges with verbs', async () => {
    await page.goto(`${app.url}/explore/graph/2396?depth=2`);
    await waitForGraph(page);
    const at = await nodeAt(page, '1373');
    await page.mouse.move(at.x, at.y);
    await page.waitForSelector('[data-testid="graph-focus"][data-focus="1373"]', { timeout: WAIT });
    const s = await state(page);
    expect(s.focus).toBe('1373');
    const edges = (await shownEdges(page)).filter((e) => e.s === '1373' || e.t === '1373');
    const lit = new Set(['1373', ...edges.map((e) => (e.s === '1373' ? e.t : e.s))]);
    expect(s.fadedNodes).toBe(s.nodes - lit.size);
    expect(s.fadedEdges).toBe(s.edgesShown - edges.length);
    expect(await page.textContent('[data-testid="graph-focus-tip"]')).toContain('S/RES/1373 (2001)');
    const citedBy = await page.locator('[data-testid="focus-cited-by"] li').allTextContents();
    expect(citedBy).toHaveLength(edges.filter((e) => e.t === '1373').length);
    expect(citedBy.some((t) => /reaffirms|recalls/.test(t))).toBe(true);
    // Labels of nodes outside the focus are dimmed.
    const dimmed = await page.$$eval('.graph-label.dimmed', (els) => els.map((e) => e.getAttribute('data-id')));
    for (const id of dimmed) expect(lit.has(id ?? '')).toBe(false);
    await screenshot(page, 'graph-view-2396-focus-1373');
    // Right-click keeps the focus in the URL; a reload restores it.
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await page.waitForURL(/focus=1373/);
    await page.reload();
    await waitForGraph(page);
    await waitForState(page, (st) => st.focus === '1373' && st.fadedNodes > 0);
    // Clicking a node still opens its resolution page.
    const centre = await nodeAt(page, '2396');
    await page.mouse.click(centre.x, centre.y);
    await page.waitForURL(/\/explore\/resolution\/2396$/, { timeout: WAIT });
  });

  it('filters edges by verb group and hides edges among non-centre nodes, in the URL', async () => {
    await page.goto(`${app.url}/explore/graph/2396?depth=2`);
    await waitForGraph(page);
    const all = await shownEdges(page);
    expect(new Set(all.map((e) => verbGroup(e.verb)))).toEqual(new Set(['restates', 'decides', 'other']));
    await page.uncheck('input[name="verbs"][value="other"]');
    await page.waitForURL(/verbs=restates%2Cdecides|verbs=restates,decides/);
    await waitForState(page, (st) => st.edgesShown === all.filter((e) => verbGroup(e.verb) !== 'other').length);
    await page.uncheck('input[name="verbs"][value="decides"]');
    await waitForState(page, (st) => st.edgesShown === all.filter((e) => verbGroup(e.verb) === 'restates').length);
    for (const e of await shownEdges(page)) expect(verbGroup(e.verb)).toBe('restates');
    await page.uncheck('input[name="peripheral"]');
    await page.waitForURL(/peripheral=0/);
    const backbone = all.filter((e) => verbGroup(e.verb) === 'restates' && (e.s === '2396' || e.t === '2396'));
    await waitForState(page, (st) => st.edgesShown === backbone.length);
    await screenshot(page, 'graph-view-2396-backbone-reaffirms');
    await page.reload();
    await waitForGraph(page);
    expect((await state(page)).edgesShown).toBe(backbone.length);
    expect(await page.isChecked('input[name="verbs"][value="other"]')).toBe(false);
  });

  it('on the WebGL renderer (sigma.js, 1373 at depth 2) too: hover focus fades all but the direct citations, and the verb filter narrows the drawn edges', async () => {
    await page.goto(`${app.url}/explore/graph/1373?depth=2&limit=500`);
    await waitForGraph(page);
    expect((await state(page)).engine).toBe('sigma');
    const all = await shownEdges(page);
    await page.uncheck('input[name="verbs"][value="other"]');
    await waitForState(page, (st) => st.edgesShown === all.filter((e) => verbGroup(e.verb) !== 'other').length);
    for (const e of await shownEdges(page)) expect(verbGroup(e.verb)).not.toBe('other');
    // Hover whatever node is drawn at the centre's place (sigma picks the topmost): the focus is that node.
    const at = await nodeAt(page, '1373');
    await page.mouse.move(at.x, at.y);
    await waitForState(page, (st) => Boolean(st.focus));
    const s = await state(page);
    const focus = s.focus as string;
    const edges = (await shownEdges(page)).filter((e) => e.s === focus || e.t === focus);
    const lit = new Set([focus, ...edges.map((e) => (e.s === focus ? e.t : e.s))]);
    expect(s.fadedNodes).toBe(s.nodes - lit.size);
    expect(s.fadedEdges).toBe(s.edgesShown - edges.length);
    expect(s.fadedNodes).toBeGreaterThan(0);
    await page.waitForSelector(`[data-testid="graph-focus"][data-focus="${focus}"]`, { timeout: WAIT });
  });

  it('draws 1373 at depth 2 (500 nodes) with WebGL, pans smoothly, and still exports PNG, JSON and GraphML', async () => {
    await page.goto(`${app.url}/explore/graph/1373?depth=2&limit=500`);
    await waitForGraph(page);
    await screenshot(page, 'graph-view-1373-depth2-500');
    const s = await state(page);
    expect(s.renderer).toBe('webgl');
    expect(s.nodes).toBeGreaterThan(300);
    expect(s.labels[0]).toBe('1373');
    // Large timeline graphs are drawn by sigma.js (WebGL): its node layer is a canvas of its own.
    expect(s.engine).toBe('sigma');
    expect(await page.locator('[data-testid="graph-canvas"] canvas.sigma-nodes').count()).toBe(1);
    const timeline = await firstFrameTimeline(page);
    const readyAt = timeline.firstInteractiveMs ?? -1;

    // Frame times while panning: animation-frame intervals during a mouse drag across the canvas.
    await page.evaluate(`(() => {
      window.__frames = [];
      let last = performance.now();
      const tick = (t) => { window.__frames.push(t - last); last = t; if (window.__frames.length < 100000) window.__framesId = requestAnimationFrame(tick); };
      window.__framesId = requestAnimationFrame(tick);
    })()`);
    const box = (await page.locator('[data-testid="graph-canvas"]').boundingBox())!;
    const y = box.y + 20;
    await page.mouse.move(box.x + 100, y);
    await page.mouse.down();
    for (let i = 1; i <= 40; i++) await page.mouse.move(box.x + 100 + i * 8, y + i * 2);
    await page.mouse.up();
    const frames = (await page.evaluate('(() => { cancelAnimationFrame(window.__framesId); return window.__frames.slice(1); })()')) as number[];
    const sorted = [...frames].sort((a, b) => a - b);
    const pct = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? -1);
    const mean = Math.round(frames.reduce((a, b) => a + b, 0) / Math.max(1, frames.length));
    expect(frames.length).toBeGreaterThan(3);
    const figures = {
      graph: '1373 depth 2 limit 500',
      nodes: s.nodes,
      edges: s.edgesShown,
      renderer: s.renderer,
      ...timeline,
      panning: { frames: frames.length, meanMs: mean, p50Ms: pct(0.5), p95Ms: pct(0.95), maxMs: pct(1) },
      loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
      cpus: os.cpus().length,
      at: new Date().toISOString(),
    };
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS_DIR, 'graph-view-figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
    process.stdout.write(
      `\n[e2e figure] 1373 depth 2, limit 500 (${s.nodes} nodes, ${s.edgesShown} edges, ${s.renderer}): first interactive frame ${readyAt} ms after navigation started ` +
        `(${JSON.stringify(timeline)}); panning: ${frames.length} frames, mean ${mean} ms, p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms; ` +
        `load average ${figures.loadAverage.join(' ')} on ${figures.cpus} CPUs\n`,
    );

    const save = async (label: string) => {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: WAIT }), page.click(`button:has-text("${label}")`)]);
      return { name: download.suggestedFilename(), body: fs.readFileSync(await download.path()) };
    };
    const png = await save('Export PNG');
    expect(png.name).toBe('citations-1373-depth2-both.png');
    expect(png.body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.body.length).toBeGreaterThan(20_000);
    const json = JSON.parse((await save('Export JSON')).body.toString('utf8')) as { nodes: unknown[]; edges: unknown[] };
    expect(json.nodes).toHaveLength(s.nodes);
    const graphml = (await save('Export GraphML')).body.toString('utf8');
    expect(graphml.match(/<node /g)).toHaveLength(s.nodes);

    // The same page opened again: the server is warm now (the first navigation above was its first request),
    // as it is for a user of a running server. The test server's response cache is off, so the query runs again.
    await page.goto(`${app.url}/explore/graph/1373?depth=2&limit=500`);
    await waitForGraph(page);
    const again = await firstFrameTimeline(page);
    expect((await state(page)).nodes).toBe(s.nodes);
    fs.writeFileSync(path.join(ARTIFACTS_DIR, 'graph-view-figures.json'), `${JSON.stringify({ ...figures, secondNavigation: again }, null, 2)}\n`);
    process.stdout.write(`\n[e2e figure] 1373 depth 2, limit 500, second navigation (warm server, response cache off): first interactive frame ${again.firstInteractiveMs} ms (${JSON.stringify(again)})\n`);
    expect(desktop.external).toEqual([]);
    expect(desktop.problems).toEqual([]);
  });
});
