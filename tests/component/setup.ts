import '@testing-library/jest-dom/vitest';
// the English core is its own chunk in the app (loaded before an English render); components render in both here
import '../../src/shared/i18n/messages/core-en';

// jsdom has no ResizeObserver. Like a browser's, this one reports each observed element once
// (charts measure their width then); jsdom has no layout, so the width is 0 unless a test mocks it.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class InitialResizeObserver {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      queueMicrotask(() => this.callback([{ target } as ResizeObserverEntry], this as unknown as ResizeObserver));
    }
    unobserve() {}
    disconnect() {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = InitialResizeObserver;
}

// pages are lazy chunks: the first render of a page in a test file transforms its module
import { configure } from '@testing-library/react';
configure({ asyncUtilTimeout: 5000 });
