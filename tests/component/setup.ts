import '@testing-library/jest-dom/vitest';

// jsdom has no layout: give recharts' ResponsiveContainer a ResizeObserver that never fires.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class NoopResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoopResizeObserver;
}

// pages are lazy chunks: the first render of a page in a test file transforms its module
import { configure } from '@testing-library/react';
configure({ asyncUtilTimeout: 5000 });
