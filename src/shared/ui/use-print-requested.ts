/**
 * True once the page is about to print (or print media is emulated), and from
 * then on: content rendered only near the viewport renders in full so paper gets
 * every card. Chromium, Firefox and Safari fire `beforeprint` before laying out
 * the print; `matchMedia('print')` turning true catches emulated print media
 * (devtools, headless PDF) and browsers that lack the event. The update is
 * flushed synchronously so it lands before the print layout.
 */
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let requested = false;
const listeners = new Set<() => void>();
let watching = false;

function request(): void {
  if (requested) return;
  requested = true;
  flushSync(() => listeners.forEach((l) => l()));
}

function watch(): void {
  if (watching || typeof window === 'undefined') return;
  watching = true;
  window.addEventListener('beforeprint', request);
  const print = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;
  if (print?.matches) requested = true;
  print?.addEventListener?.('change', (e) => {
    if (e.matches) request();
  });
}

function subscribe(listener: () => void): () => void {
  watch();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePrintRequested(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => requested,
    () => false,
  );
}
