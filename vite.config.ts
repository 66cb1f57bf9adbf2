import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/vite-precompress';
import { preloadData } from './scripts/vite-preload-data';

// base './' keeps every asset URL relative, so dist/ works under any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    preloadData({ firstPage: 'src/features/compare/ComparePage.tsx' }),
    precompress(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // what the entry imports statically, as one chunk (left alone, rolldown cuts it into
            // six, each a request and a gzip stream of its own on the first view)
            { name: 'index', tags: ['$initial'] },
            // the few small modules the compare page shares with other pages: one chunk, not four
            {
              name: 'page-shared',
              test: /src[\\/](shared[\\/](format|data[\\/]observation-index|ui[\\/]Segmented))/,
            },
          ],
        },
      },
    },
  },
});
