import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The explorer and the query editor are built into dist/web and served by the API's own Express
// process; everything comes from npm at build time, so the pages need no network at run time.
const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  logLevel: 'error',
  build: {
    outDir: resolve(here, '..', 'dist', 'web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      input: {
        explorer: resolve(here, 'index.html'),
        graphiql: resolve(here, 'graphiql.html'),
      },
    },
  },
});
