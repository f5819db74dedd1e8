import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../src/projectRoot';

/** Screenshots of each e2e step (git-ignored test artifacts). */
export const ARTIFACTS_DIR = path.join(projectRoot(), 'test-artifacts', 'e2e');

export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
