import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { startApp, type App } from '../../src/app/startApp';
import { createLogger } from '../../src/logger';
import { launchChromium } from './launchChromium';
import { offlineContext, type OfflineContext } from './offlineContext';
import { testConfig } from './testConfig';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** What every browser test of the web pages runs against: our server on the corpus store, Chromium, one offline desktop page. */
export interface ExplorerSession {
  app: App;
  browser: Browser;
  desktop: OfflineContext;
  page: Page;
}

/** Starts the server on `NEO4J_CORPUS_URI`, Debian's Chromium (with `chromiumArgs` added) and an offline page (`DESKTOP` unless `viewport`). */
export async function startExplorerSession(options: { chromiumArgs?: string[]; viewport?: { width: number; height: number } } = {}): Promise<ExplorerSession> {
  const app = await startApp(testConfig({ NEO4J_URI: process.env.NEO4J_CORPUS_URI ?? '' }), createLogger('silent'));
  try {
    const browser = await launchChromium(options.chromiumArgs);
    const desktop = await offlineContext(browser, options.viewport ?? DESKTOP);
    return { app, browser, desktop, page: await desktop.newPage() };
  } catch (err) {
    await app.stop();
    throw err;
  }
}

/** Stops what `startExplorerSession` started; safe on a session whose start failed part-way. */
export async function stopExplorerSession(session: Partial<ExplorerSession>): Promise<void> {
  await session.browser?.close();
  await session.app?.stop();
}

/** The public API's `data` for a query; any GraphQL error fails the test that asked. */
export async function queryApi<T>(app: App, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`API error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const AXE_SOURCE = require.resolve('axe-core/axe.min.js');
export const AXE_VERSION = (JSON.parse(fs.readFileSync(require.resolve('axe-core/package.json'), 'utf8')) as { version: string }).version;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** Each offending element's CSS target, joined. */
  nodes: string[];
}

/**
 * axe-core's WCAG 2.1 A/AA and best-practice violations on the page as it stands. axe is injected as a script
 * tag, which the pages' CSP (script-src 'self') refuses: the page must come from a context with `bypassCSP`.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: fs.readFileSync(AXE_SOURCE, 'utf8') });
  return (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })))`,
  )) as AxeViolation[];
}

/** The moderate, serious and critical ones (all but minor), as `id: help at target; target; target`. */
export const blockingViolations = (violations: AxeViolation[]): string[] =>
  violations.filter((v) => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} at ${v.nodes.slice(0, 3).join('; ')}`);
