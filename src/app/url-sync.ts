/**
 * Two-way sync between the URL hash and the stores. Each feature's slice
 * brings its own UrlBinding; the route path is the app's. Store changes are
 * written with replaceState (toggles) or pushState (navigations marked by
 * the action, e.g. opening a panel); Back, Forward and links are read back.
 * An old-format link is rewritten in place to the current version.
 * The first view's slices are bound from the start; a lazily loaded page's slice
 * is bound when its chunk loads (pages.ts), reading the URL the app last applied,
 * so a link to that page keeps its state however late its chunk arrives.
 */
import { decodeHash, encodeHash } from '../shared/url/codec';
import type { UrlBinding } from '../shared/url/binding';
import { panelStateMarker, takeNavigation } from '../shared/url/navigation';
import { langUrl } from '../shared/i18n/lang-store';
import { compareUrl } from '../features/compare/compare-store';
import { provenanceUrl } from '../features/provenance/api';
import { useRouteStore } from './route-store';

const bindings: UrlBinding[] = [langUrl, compareUrl, provenanceUrl];
/** The query of the hash applied last: what a binding registered later reads. */
let appliedParams = new URLSearchParams();
/** True while the stores take a URL (their changes are not written back). */
let applying = false;
/** While the sync runs: its unsubscribers (a binding registered meanwhile adds its own). */
let unsubscribers: (() => void)[] | null = null;

/** Binds a lazily loaded page's slice: it takes its state from the URL applied last, then stays in sync. */
export function registerUrlBinding(binding: UrlBinding): void {
  if (bindings.includes(binding)) return;
  bindings.push(binding);
  const was = applying;
  applying = true;
  try {
    binding.read(appliedParams);
  } finally {
    applying = was;
  }
  if (unsubscribers) {
    unsubscribers.push(binding.subscribe(write));
    write(); // its state is back in the URL if the sync canonicalised it away before the chunk came
  }
}

export function currentHash(): string {
  const params = new URLSearchParams();
  for (const b of bindings) b.write(params);
  return encodeHash({ path: useRouteStore.getState().path, params });
}

/** The hash main.tsx applied before the first render, which the sync need not apply again. */
let appliedAtStart: string | null = null;

/** Set every store from a hash (used at start, on Back/Forward and by tests). */
export function applyHash(hash: string): void {
  const { path, params } = decodeHash(hash);
  appliedParams = params;
  applying = true;
  try {
    useRouteStore.setState({ path });
    for (const b of bindings) b.read(params);
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
  const subscribed = [...bindings.map((b) => b.subscribe(write)), useRouteStore.subscribe(write)];
  unsubscribers = subscribed;
  const onPop = () => applyHash(window.location.hash);
  window.addEventListener('popstate', onPop);
  window.addEventListener('hashchange', onPop);
  return () => {
    for (const u of subscribed) u();
    if (unsubscribers === subscribed) unsubscribers = null;
    window.removeEventListener('popstate', onPop);
    window.removeEventListener('hashchange', onPop);
  };
}
