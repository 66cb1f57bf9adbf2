/**
 * True once the element comes within `rootMargin` of the viewport (default: one
 * screen above or below), and from then on: cards render their body, and draw
 * their charts, only then (they reserve the height meanwhile). One shared
 * IntersectionObserver per margin watches every element (a page holds ~80 cards;
 * an observer each cost the first view time). Without IntersectionObserver (old
 * browsers, jsdom) everything renders at once.
 */
import { useEffect, useState, type RefObject } from 'react';

interface Shared {
  observer: IntersectionObserver;
  callbacks: Map<Element, () => void>;
}

const observers = new Map<string, Shared>();

function sharedObserver(rootMargin: string): Shared {
  let shared = observers.get(rootMargin);
  if (!shared) {
    const callbacks = new Map<Element, () => void>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (!e.isIntersecting) continue;
          callbacks.get(e.target)?.();
          callbacks.delete(e.target);
          observer.unobserve(e.target);
        }
      },
      { rootMargin },
    );
    observers.set(rootMargin, (shared = { observer, callbacks }));
  }
  return shared;
}

export function useNearViewport(ref: RefObject<Element | null>, eager = false, rootMargin = '100% 0px'): boolean {
  const supported = typeof IntersectionObserver !== 'undefined';
  const [near, setNear] = useState(eager || !supported);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const { observer, callbacks } = sharedObserver(rootMargin);
    callbacks.set(el, () => setNear(true));
    observer.observe(el);
    return () => {
      callbacks.delete(el);
      observer.unobserve(el);
    };
  }, [near, ref, rootMargin]);
  return near;
}
