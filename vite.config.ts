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
  build: { outDir: 'dist', emptyOutDir: true, assetsInlineLimit: 0 },
});
