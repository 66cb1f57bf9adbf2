/**
 * Two-way sync between the URL hash and the stores. Each feature's slice
 * brings its own UrlBinding; the route path is the app's. Store changes are
 * written with replaceState (toggles) or pushState (navigations marked by
 * the action, e.g. opening a panel); Back, Forward and links are read back.
 * An old-format link is rewritten in place to the current version.
 */
import { decodeHash, encodeHash } from '../shared/url/codec';
import type { UrlBinding } from '../shared/url/binding';
import { panelStateMarker, takeNavigation } from '../shared/url/navigation';
import { langUrl } from '../shared/i18n/lang-store';
import { compareUrl } from '../features/compare/compare-store';
import { provenanceUrl } from '../features/provenance/api';
import { matrixUrl } from '../features/disclosure-matrix/matrix-store';
import { gapFinderUrl } from '../features/gap-finder/gap-store';
import { sourceUrl } from '../features/source-reader/api';
import { useRouteStore } from './route-store';

export const URL_BINDINGS: UrlBinding[] = [langUrl, compareUrl, provenanceUrl, matrixUrl, gapFinderUrl, sourceUrl];

export function currentHash(): string {
  const params = new URLSearchParams();
  for (const b of URL_BINDINGS) b.write(params);
  return encodeHash({ path: useRouteStore.getState().path, params });
}

let applying = false;
/** The hash main.tsx applied before the first render, which the sync need not apply again. */
let appliedAtStart: string | null = null;

/** Set every store from a hash (used at start, on Back/Forward and by tests). */
export function applyHash(hash: string): void {
  const { path, params } = decodeHash(hash);
  applying = true;
  try {
    useRouteStore.setState({ path });
    for (const b of URL_BINDINGS) b.read(params);
  } finally {
    applying = false;
  }
}

/** Before the first render (main.tsx): the stores take the URL, so the first page can preload what it shows. */
export function applyHashBeforeStart(hash: string): void {
  applyHash(hash);
  appliedAtStart = hash;
}

function write() {
  if (applying) return;
  const push = takeNavigation();
  const next = currentHash();
  if (next === window.location.hash) return;
  if (push) history.pushState(panelStateMarker(), '', next);
  else history.replaceState(history.state, '', next);
}

export function startUrlSync(): () => void {
  // the stores hold this hash already if main.tsx applied it and nothing has moved since
  if (window.location.hash !== appliedAtStart) applyHash(window.location.hash);
  appliedAtStart = null;
  const canonical = currentHash();
  if (canonical !== window.location.hash) history.replaceState(history.state, '', canonical);
  const unsubscribers = [...URL_BINDINGS.map((b) => b.subscribe(write)), useRouteStore.subscribe(write)];
  const onPop = () => applyHash(window.location.hash);
  window.addEventListener('popstate', onPop);
  window.addEventListener('hashchange', onPop);
  return () => {
    for (const u of unsubscribers) u();
    window.removeEventListener('popstate', onPop);
    window.removeEventListener('hashchange', onPop);
  };
}
