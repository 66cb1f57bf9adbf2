import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/vite-precompress';
import { preloadData } from './scripts/vite-preload-data';

// base './' keeps every asset URL relative, so dist/ works under any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    preloadData(),
    precompress(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    // every browser the build targets (vite's baseline-widely-available) supports <link rel=modulepreload>
    modulePreload: { polyfill: false },
    // the entry is the shell plus the overview page and recharts (~610 kB minified, ~186 kB gzip) on
    // purpose: one script compresses better than four (src/app/pages.ts)
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // what the entry imports statically (the shell and the overview page), as one chunk: left
            // alone, rolldown cuts it into six, each a request and a compression stream of its own
            { name: 'index', tags: ['$initial'] },
          ],
        },
      },
    },
  },
});
