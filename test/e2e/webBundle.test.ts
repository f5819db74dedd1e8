import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/projectRoot';

// The built pages must work offline: nothing in them may load from another origin. `npm test` builds
// web/dist first (web/buildIfStale.mjs); a missing bundle fails here rather than skipping.
const dist = path.join(projectRoot(), 'web', 'dist');
const CDN_HOSTS = /\b(esm\.sh|unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com|fonts\.googleapis\.com|fonts\.gstatic\.com|cdn\.skypack\.dev|ga\.jspm\.io)\b/;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('built web bundle (web/dist)', () => {
  it('exists with both pages', () => {
    expect(fs.existsSync(path.join(dist, 'explore', 'index.html'))).toBe(true);
    expect(fs.existsSync(path.join(dist, 'playground', 'index.html'))).toBe(true);
  });

  it('loads scripts, styles and fonts only from same-origin paths in its HTML', () => {
    for (const page of ['explore', 'playground']) {
      const html = fs.readFileSync(path.join(dist, page, 'index.html'), 'utf8');
      const urls = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
      expect(urls.length).toBeGreaterThan(0);
      // Hashed same-origin assets, or the empty inline icon that stops a /favicon.ico request.
      for (const url of urls) expect(url).toMatch(/^(\/assets\/[\w.-]+|data:,)$/);
    }
  });

  it('has no CDN host, remote import, remote worker script or remote CSS url() anywhere in JS or CSS', () => {
    const code = files(dist).filter((f) => /\.(js|css|html)$/.test(f));
    expect(code.length).toBeGreaterThan(5);
    const offending: string[] = [];
    for (const file of code) {
      const text = fs.readFileSync(file, 'utf8');
      const name = path.relative(dist, file);
      if (CDN_HOSTS.test(text)) offending.push(`${name}: CDN host ${CDN_HOSTS.exec(text)?.[0]}`);
      for (const pattern of [/import\(\s*["'`]https?:/, /importScripts\(\s*["'`]https?:/, /new Worker\(\s*["'`]https?:/, /url\(\s*["']?https?:/, /@import\s+["']?(url\()?https?:/]) {
        if (pattern.test(text)) offending.push(`${name}: ${pattern}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('bundles monaco workers and the codicon font as local assets', () => {
    const assets = fs.readdirSync(path.join(dist, 'assets'));
    expect(assets.some((a) => /^editor\.worker-.*\.js$/.test(a))).toBe(true);
    expect(assets.some((a) => /^graphql\.worker-.*\.js$/.test(a))).toBe(true);
    expect(assets.some((a) => /^codicon-.*\.ttf$/.test(a))).toBe(true);
  });
});
