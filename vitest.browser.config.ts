import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium against the built dist/; run after `vite build`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: false,
  },
});
