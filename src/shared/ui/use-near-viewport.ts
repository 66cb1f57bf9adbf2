/**
 * True once the element comes within `rootMargin` of the viewport (default: one
 * screen above or below), and from then on: cards render their body, and draw
 * their charts, only then (they reserve the height meanwhile). Without
 * IntersectionObserver (old browsers, jsdom) everything renders at once.
 */
import { useEffect, useState, type RefObject } from 'react';

export function useNearViewport(ref: RefObject<Element | null>, eager = false, rootMargin = '100% 0px'): boolean {
  const supported = typeof IntersectionObserver !== 'undefined';
  const [near, setNear] = useState(eager || !supported);
  useEffect(() => {
    if (near || !ref.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin },
    );
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [near, ref, rootMargin]);
  return near;
}
