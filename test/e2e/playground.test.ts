import type { Browser, Page } from 'playwright-core';
import type { App } from '../../src/app/startApp';
import { describeCorpus } from '../support/corpus';
import { startExplorerSession, stopExplorerSession } from '../support/explorerSession';
import { screenshot } from '../support/artifacts';
import type { OfflineContext } from '../support/offlineContext';

describeCorpus('GraphiQL playground, offline, in headless Chromium', () => {
  let app: App;
  let browser: Browser;
  let offline: OfflineContext;
  let page: Page;

  beforeAll(async () => {
    ({ app, browser, desktop: offline, page } = await startExplorerSession());
  });
  afterAll(() => stopExplorerSession({ app, browser }));

  it('opens with the example tabs: search, citation chain, path, graph and a resolution', async () => {
    const started = Date.now();
    await page.goto(`${app.url}/playground`);
    await page.waitForSelector('.graphiql-container .monaco-editor', { timeout: 60_000 });
    const tabs = (await page.locator('.graphiql-tab .graphiql-tab-button').allTextContents()).map((t) => t.trim());
    expect(tabs).toEqual(expect.arrayContaining(['Search', 'Chain', 'Path', 'Graph', 'Resolution']));
    process.stderr.write(`\n[e2e figure] playground editor ready ${Date.now() - started} ms after navigation started\n`);
  });

  it('runs the search example against the server and shows the response', async () => {
    await page.click('.graphiql-execute-button');
    // (No waitForFunction: our CSP forbids the eval it relies on, which is part of what this test checks.)
    await page.locator('.graphiql-response .view-lines', { hasText: 'totalCount' }).waitFor({ timeout: 30_000 });
    const response = (await page.textContent('.graphiql-response .view-lines')) ?? '';
    expect(response).toContain('"data"');
    expect(response).not.toContain('"errors"');
    expect(Number(/"totalCount":\s*(\d+)/.exec(response)?.[1] ?? 0)).toBeGreaterThan(0);
    await screenshot(page, '20-playground-search');
  });

  it('loaded everything from our server: no request to another host, no CSP violation, no page error', () => {
    expect(offline.external).toEqual([]);
    expect(offline.problems).toEqual([]);
  });
});
