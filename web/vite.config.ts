// Builds the two static pages the server serves: the explorer (/explore) and GraphiQL (/playground).
// Everything, including monaco's workers and fonts, is bundled: the pages must work offline with no CDN.
import path from 'node:path';
import { defineConfig } from 'vite';

const root = path.resolve(__dirname);

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  esbuild: { jsx: 'automatic' },
  worker: { format: 'es' },
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // Monaco is large by nature; the figure is reported, not hidden.
    chunkSizeWarningLimit: 4096,
    reportCompressedSize: true,
    rollupOptions: {
      // Monaco's and radix's "use client" directives are meaningless in a bundle; everything else is shown.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      input: {
        explore: path.join(root, 'explore', 'index.html'),
        playground: path.join(root, 'playground', 'index.html'),
      },
    },
  },
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
