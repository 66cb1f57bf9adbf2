/**
 * False until `after` holds (e.g. the first view has painted), then true once the
 * browser has been idle: what
 * can wait (the page's content below the first screen) renders then, so the first
 * view's commit, style and layout stay small and its first chart draws sooner.
 * (Measured: rendering the lower groups in several idle steps instead of one
 * raised Lighthouse's blocking time, each step re-rendering the page.) Where
 * there is no browser scheduling (jsdom: no IntersectionObserver) it is true at
 * once, so tests see the whole page.
 */
import { useEffect, useState } from 'react';

export function useIdleReady(after = true): boolean {
  const [ready, setReady] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (ready || !after) return;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => setReady(true), { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(() => setReady(true), 100); // Safari: no requestIdleCallback
    return () => clearTimeout(id);
  }, [ready, after]);
  return ready;
}
