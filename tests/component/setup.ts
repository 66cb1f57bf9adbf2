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
