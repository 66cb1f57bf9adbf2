/**
 * Whether the compare page's first view (with its first card and first chart) has
 * been painted. Until then only the first card renders its body: the other cards
 * near the viewport, and the groups below, wait a frame and a task, so the first
 * chart is drawn right after the page's first render with data, before any other
 * card's work. Where there is no browser scheduling (jsdom) it is true at once.
 */
import { useEffect } from 'react';
import { create } from 'zustand';

export const useFirstView = create(() => ({ painted: typeof IntersectionObserver === 'undefined' }));

/** Call from the page with whether its data has rendered: marks the first view painted a frame and a task later. */
export function useMarkFirstViewPainted(rendered: boolean): void {
  useEffect(() => {
    if (!rendered || useFirstView.getState().painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => useFirstView.setState({ painted: true }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [rendered]);
}
