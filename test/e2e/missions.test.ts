import type { Browser, Page } from 'playwright-core';
import type { App } from '../../src/app/startApp';
import { describeCorpus } from '../support/corpus';
import { PHONE, axeViolations, queryApi, blockingViolations, startExplorerSession, stopExplorerSession } from '../support/explorerSession';
import { screenshot } from '../support/artifacts';
import { offlineContext, type OfflineContext } from '../support/offlineContext';

/** The desktop size these pages' checks and screenshots were written for (taller than DESKTOP). */
const VIEWPORT = { width: 1280, height: 900 };

interface Mandate {
  action: string;
  until: string | null;
  paragraph: string;
  resolution: { number: number };
}

// The missions and sanctions pages on the real corpus, in headless Chromium: what they show is checked against the public API.
describeCorpus('explorer missions and sanctions pages in headless Chromium on the real corpus', () => {
  let app: App;
  let browser: Browser;
  let desktop: OfflineContext;
  let page: Page;
  const visited = new Map<string, string>();

  const api = <T>(query: string, variables: Record<string, unknown> = {}) => queryApi<T>(app, query, variables);
  const path = () => decodeURIComponent(new URL(page.url()).pathname + new URL(page.url()).search);
  /** Waits until the search page reports `n` matching resolutions. */
  const resultCount = (n: number) => page.locator('.result-count', { hasText: ` of ${n} resolutions` }).waitFor();

  beforeAll(async () => {
    ({ app, browser, desktop, page } = await startExplorerSession({ viewport: VIEWPORT }));
  });
  afterAll(() => stopExplorerSession({ app, browser }));

  it('the header leads to the missions list, which filters by kind and status through the URL', async () => {
    await page.goto(`${app.url}/explore`);
    await page.click('nav[aria-label="Main"] a[href="/explore/missions"]');
    await page.waitForSelector('[data-testid="missions-table"] tbody tr');
    const { missions } = await api<{ missions: { totalCount: number } }>('{ missions(first: 1) { totalCount } }');
    expect(await page.locator('[data-testid="missions-table"] tbody tr').count()).toBe(missions.totalCount);
    const unmiss = page.locator('[data-testid="missions-table"] tr[data-key="UNMISS"]');
    expect((await unmiss.locator('td').allTextContents()).slice(2, 3)).toEqual(['1996 (2011)']);
    await screenshot(page, 'missions-01-list', true);

    await page.selectOption('.mission-filters label:has-text("Kind") select', 'POLITICAL');
    await page.waitForURL(/\/explore\/missions\?kind=POLITICAL$/);
    const political = await api<{ missions: { totalCount: number } }>('{ missions(filter: { kind: POLITICAL }, first: 1) { totalCount } }');
    await page.locator('.missions-page p[role="status"]', { hasText: new RegExp(`^${political.missions.totalCount} missions\\.`) }).waitFor();
    expect(await page.locator('[data-testid="missions-table"] tbody tr').count()).toBe(political.missions.totalCount);
    expect(new Set(await page.locator('[data-testid="missions-table"] tbody td:nth-of-type(2)').allTextContents())).toEqual(new Set(['Political or assistance']));

    await page.goto(`${app.url}/explore/missions?status=ended`);
    await page.waitForSelector('[data-testid="missions-table"] tbody tr');
    const ended = await page.locator('[data-testid="missions-table"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
    expect(ended).toEqual(expect.arrayContaining(['MONUC', 'MINUSMA', 'UNMIS']));
    expect(ended).not.toContain('UNMISS');
    expect(new Set(await page.locator('[data-testid="missions-table"] tbody td:last-child').allTextContents())).toEqual(new Set(['ended']));
    await page.goto(`${app.url}/explore/missions?status=active`);
    await page.waitForSelector('[data-testid="missions-table"] tr[data-key="UNMISS"]');
    expect(await page.locator('[data-testid="missions-table"] tr[data-key="MONUC"]').count()).toBe(0);
    visited.set('missions', '/explore/missions');
  });

  it('UNMISS: established by 1996, the renewals in order, one chart mark per mandate row, each a link to its resolution', async () => {
    const { mission } = await api<{ mission: { mandates: Mandate[] } }>('{ mission(acronym: "UNMISS") { mandates { action until paragraph resolution { number } } } }');
    await page.click('[data-testid="missions-table"] tr[data-key="UNMISS"] a[href="/explore/mission/UNMISS"]');
    await page.waitForSelector('[data-testid="mandate-chart"]');
    expect(await page.textContent('[data-testid="established-by"]')).toBe('Resolution 1996 (2011-07-08)');
    expect(await page.getAttribute('[data-testid="established-by"] a', 'href')).toBe('/explore/resolution/1996');

    const rows = (await page.locator('[data-testid="mandate-table"] tbody tr').allInnerTexts()).map((tr) => tr.split('\t').map((c) => c.trim()));
    expect(rows.length).toBe(mission.mandates.length);
    expect(rows.map((r) => Number(r[0]))).toEqual(mission.mandates.map((m) => m.resolution.number));
    const renewals = rows.filter((r) => r[2] === 'Extends');
    expect(renewals.map((r) => r[3])).toEqual(mission.mandates.filter((m) => m.action === 'EXTENDS').map((m) => m.until));
    const untils = renewals.map((r) => r[3] ?? '');
    expect(untils).toEqual([...untils].sort());
    expect(renewals.length).toBeGreaterThanOrEqual(10);
    expect(untils.at(-1)).toBe('2025-05-09');

    const marks = await page.locator('[data-testid="mandate-chart"] a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), label: a.getAttribute('aria-label') })));
    expect(marks.length).toBe(mission.mandates.length);
    expect(marks.map((m) => m.href)).toEqual(mission.mandates.map((m) => `/explore/resolution/${m.resolution.number}`));
    for (const [i, m] of mission.mandates.entries()) expect(marks[i]?.label).toContain(m.paragraph);
    visited.set('mission', path());
    await screenshot(page, 'missions-02-unmiss', true);

    // A mark opens its resolution, by keyboard too.
    await page.focus('[data-testid="mandate-chart"] a[href="/explore/resolution/2778"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/explore\/resolution\/2778$/);
    await page.waitForSelector('[data-testid="resolution-does"]');
    await page.goBack();
    await page.waitForSelector('[data-testid="mandate-chart"]');
  });

  it('MONUSCO links back to MONUC, which it succeeds', async () => {
    await page.goto(`${app.url}/explore/mission/MONUSCO`);
    await page.waitForSelector('[data-testid="mission-facts"]');
    expect(await page.locator('[data-testid="mission-facts"] dt:has-text("Succeeds") + dd a').getAttribute('href')).toBe('/explore/mission/MONUC');
    await page.click('[data-testid="mission-facts"] dt:has-text("Succeeds") + dd a');
    await page.waitForSelector('[data-testid="mission-facts"] dt:has-text("Succeeded by")');
    expect(await page.locator('[data-testid="mission-facts"] dt:has-text("Succeeded by") + dd a').getAttribute('href')).toBe('/explore/mission/MONUSCO');
  });

  it('the sanctions list leads to the 1267 regime page, which renders its measures and renewals as the API gives them', async () => {
    const { sanctionsRegime: s } = await api<{ sanctionsRegime: { measures: Array<{ measure: string; paragraph: string; resolution: { number: number } }>; resolutions: Array<{ action: string }> } }>(
      '{ sanctionsRegime(key: "1267") { measures { measure paragraph resolution { number } } resolutions { action } } }',
    );
    await page.click('nav[aria-label="Main"] a[href="/explore/sanctions"]');
    await page.waitForSelector('[data-testid="regimes-table"] tbody tr');
    const { sanctionsRegimes } = await api<{ sanctionsRegimes: { totalCount: number } }>('{ sanctionsRegimes(first: 1) { totalCount } }');
    expect(await page.locator('[data-testid="regimes-table"] tbody tr').count()).toBe(sanctionsRegimes.totalCount);
    visited.set('sanctions', '/explore/sanctions');
    await page.click('[data-testid="regimes-table"] a[href="/explore/sanctions/1267"]');
    await page.waitForSelector('[data-testid="measures-table"] tbody tr');
    expect(await page.getAttribute('[data-testid="established-by"] a', 'href')).toBe('/explore/resolution/1267');
    const hrefs = await page.locator('[data-testid="measures-table"] tbody tr th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const cells = (await page.locator('[data-testid="measures-table"] tbody tr').allInnerTexts()).map((tr) => tr.split('\t').map((c) => c.trim()));
    const measures = cells.map((c, i) => [hrefs[i], c[1], c[3]]);
    const LABEL: Record<string, string> = { ARMS_EMBARGO: 'Arms embargo', ASSET_FREEZE: 'Asset freeze', TRAVEL_BAN: 'Travel ban', OTHER: 'Other measures' };
    expect(measures).toEqual(s.measures.map((m) => [`/explore/resolution/${m.resolution.number}`, LABEL[m.measure], m.paragraph]));
    expect(await page.locator('[data-testid="regime-resolutions-table"] tbody tr').count()).toBe(s.resolutions.length);
    visited.set('regime', path());
    await screenshot(page, 'missions-03-sanctions-1267', true);
  });

  it('resolution 1996 says what it does (establishes UNMISS, op 1); a resolution acting on no mission or regime has no such section', async () => {
    await page.goto(`${app.url}/explore/resolution/1996`);
    await page.waitForSelector('[data-testid="resolution-does"]');
    const items = await page.locator('[data-testid="resolution-does"] li[data-kind="mission"]').allTextContents();
    expect(items).toEqual([expect.stringMatching(/^Establishes UNMISS .* · op 1$/)]);
    expect(await page.getAttribute('[data-testid="resolution-does"] a', 'href')).toBe('/explore/mission/UNMISS');
    visited.set('resolution', path());
    await screenshot(page, 'missions-04-resolution-1996');

    const { resolution } = await api<{ resolution: { missions: unknown[]; sanctions: unknown[] } }>('{ resolution(number: 242) { missions { action } sanctions { action } } }');
    expect(resolution).toEqual({ missions: [], sanctions: [] });
    await page.goto(`${app.url}/explore/resolution/242`);
    await page.waitForSelector('[data-testid="cites"]');
    expect(await page.locator('[data-testid="resolution-does"]').count()).toBe(0);
  });

  it('search with &mission= narrows the results to the mission’s resolutions, and the select sets and clears it', async () => {
    const count = async (variables: Record<string, unknown>) =>
      (await api<{ search: { totalCount: number } }>('query($q: String!, $f: ResolutionFilter) { search(query: $q, filter: $f) { totalCount } }', variables)).search.totalCount;
    const all = await count({ q: 'Sudan' });
    const narrowed = await count({ q: 'Sudan', f: { mission: 'UNMISS' } });
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);

    await page.goto(`${app.url}/explore/search?q=Sudan`);
    await resultCount(all);
    await page.waitForSelector('.mission-select select option[value="UNMISS"]', { state: 'attached' });
    await page.selectOption('.mission-select select', 'UNMISS');
    await page.waitForURL(/\/explore\/search\?q=Sudan&mission=UNMISS$/);
    await resultCount(narrowed);
    const { resolutions } = await api<{ resolutions: { edges: Array<{ node: { number: number } }> } }>('{ resolutions(filter: { mission: "UNMISS" }, first: 100) { edges { node { number } } } }');
    const allowed = new Set(resolutions.edges.map((e) => `/explore/resolution/${e.node.number}`));
    const hits = await page.locator('.hits h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hits.length).toBeGreaterThan(0);
    for (const href of hits) expect(allowed.has(href ?? '')).toBe(true);
    visited.set('search (mission)', path());
    await screenshot(page, 'missions-05-search-mission');

    // A reload keeps the filter (the URL carries it); the chip clears it.
    await page.reload();
    await resultCount(narrowed);
    expect(await page.inputValue('.mission-select select')).toBe('UNMISS');
    await page.click('button.chip:has-text("mission UNMISS")');
    await page.waitForURL(/\/explore\/search\?q=Sudan$/);
    await resultCount(all);
  });

  it('has no moderate, serious or critical axe-core violations on the new pages, and no horizontal scrolling at phone width', async () => {
    expect([...visited.keys()].sort()).toEqual(['mission', 'missions', 'regime', 'resolution', 'sanctions', 'search (mission)']);
    const scan = await offlineContext(browser, VIEWPORT, { bypassCSP: true });
    const phone = await offlineContext(browser, PHONE);
    try {
      const p = await scan.newPage();
      const small = await phone.newPage();
      for (const [type, url] of visited) {
        await p.goto(`${app.url}${url}`);
        await p.waitForSelector('main h1:not(.visually-hidden), .result-count');
        await p.waitForSelector('.status.loading', { state: 'detached' });
        expect({ type, blocking: blockingViolations(await axeViolations(p)) }).toEqual({ type, blocking: [] });

        await small.goto(`${app.url}${url}`);
        await small.waitForSelector('main h1:not(.visually-hidden), .result-count');
        await small.waitForSelector('.status.loading', { state: 'detached' });
        const overflow = (await small.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
        expect({ type, overflow: overflow <= 0 }).toEqual({ type, overflow: true });
      }
      await screenshot(small, 'missions-phone-search');
      expect(scan.external).toEqual([]);
      expect(phone.external).toEqual([]);
    } finally {
      await scan.context.close();
      await phone.context.close();
    }
  }, 300_000);

  it('made no request to any host but the loopback server, and logged no page errors', () => {
    expect(desktop.external).toEqual([]);
    expect(desktop.problems).toEqual([]);
  });
});
