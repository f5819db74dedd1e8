import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export interface OfflineContext {
  context: BrowserContext;
  /** Every request to a non-loopback host (each one was aborted). Tests assert it stays empty. */
  external: string[];
  /** Console errors (with the URL they name), page errors and CSP violations seen on any page of the context. */
  problems: string[];
  /** Every response with a status of 400 or more, as `<status> <method> <url>`. */
  httpErrors: string[];
  newPage(): Promise<Page>;
}

/**
 * A browser context that behaves as if the machine were offline: requests to any host other than
 * loopback are recorded and aborted, so a page that needs a CDN fails visibly.
 */
export async function offlineContext(browser: Browser, viewport: { width: number; height: number }, options: BrowserContextOptions = {}): Promise<OfflineContext> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, ...options });
  const external: string[] = [];
  const problems: string[] = [];
  const httpErrors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') && !LOOPBACK.has(url.hostname)) {
      external.push(url.toString());
      await route.abort('internetdisconnected');
      return;
    }
    await route.continue();
  });
  return {
    context,
    external,
    problems,
    httpErrors,
    async newPage() {
      const page = await context.newPage();
      page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console: ${msg.text()} (at ${msg.location().url})`);
      });
      page.on('response', (res) => {
        if (res.status() >= 400) httpErrors.push(`${res.status()} ${res.request().method()} ${res.url()}`);
      });
      return page;
    },
  };
}
