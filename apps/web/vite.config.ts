import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// The web application is served by the API from dist/web (apps/api/src/web/web-app.ts).
export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  resolve: {
    // krds-uiux 1.1.0's component.css points at ../../img/img/…; its images are at resources/img/….
    alias: [
      {
        find: /^\.\.\/\.\.\/img\/img\//,
        replacement: fileURLToPath(new URL('../../node_modules/krds-uiux/resources/img/', import.meta.url)),
      },
    ],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: {} },
});
