/**
 * The page registry. Adding a page is one entry here plus a feature folder:
 * a path pattern (`:name` captures a segment), the component (a lazily loaded
 * chunk of its own, except the overview), the catalogue key of its title, and
 * whether it appears in the nav.
 */
import { createElement, lazy, useState, type ComponentType } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { MessageKey } from '../shared/i18n/catalogue';
import ComparePage from '../features/compare/ComparePage';
import { prefetchCompareFirstView } from '../features/compare/compare-data';
import { useCompareStore } from '../features/compare/compare-store';
import type { UrlBinding } from '../shared/url/binding';
import { registerUrlBinding } from './url-sync';

export interface PageProps {
  params: Record<string, string>;
}

export interface PageEntry {
  path: string;
  title: MessageKey;
  nav: boolean;
  /** A lazy page's chunk suspends on first render unless `preload` has brought it. */
  component: ComponentType<PageProps>;
  /** Loads the chunk (and, for the first view, the data) before the app's first render (main.tsx). */
  preload: (client: QueryClient) => Promise<unknown>;
}

/** A page's chunk: the page, and the slice of its state it mirrors in the URL, if any (bound when the chunk loads). */
type PageModule = Promise<{ default: ComponentType<PageProps>; urlBinding?: UrlBinding }>;

/**
 * A page in its own chunk. Rendered before its chunk is in, it suspends (React.lazy);
 * once preloaded, it renders at once, so a first render after preloading draws the page
 * itself, not its fallback. Each mounted instance keeps the component it started with.
 */
function lazyPage(load: () => PageModule, prefetch?: (client: QueryClient) => Promise<unknown>) {
  let loaded: ComponentType<PageProps> | null = null;
  const settle = () =>
    load().then((m) => {
      if (m.urlBinding) registerUrlBinding(m.urlBinding);
      loaded = m.default;
      return m;
    });
  const Lazy = lazy(settle);
  function Page(props: PageProps) {
    const [Component] = useState<ComponentType<PageProps>>(() => loaded ?? Lazy);
    return createElement(Component, props);
  }
  const preload = (client: QueryClient) => Promise.all([settle(), prefetch?.(client)]);
  return { component: Page, preload };
}

/**
 * The overview, in the entry chunk: every first view needs it, and the entry, the page and
 * recharts as one script are ~5 KB smaller in brotli (~1 KB in gzip) than as four, one
 * compression context instead of four. Only its data is fetched before the first render.
 */
function eagerPage(component: ComponentType<PageProps>, prefetch: (client: QueryClient) => Promise<unknown>) {
  return { component, preload: prefetch };
}

export const PAGES: PageEntry[] = [
  {
    path: '/',
    title: 'page.compare',
    nav: true,
    ...eagerPage(ComparePage, (client) => prefetchCompareFirstView(client, useCompareStore.getState().peers)),
  },
  {
    path: '/methodology',
    title: 'page.methodology',
    nav: true,
    ...lazyPage(() => import('../features/methodology/MethodologyPage')),
  },
  { path: '/matrix', title: 'page.matrix', nav: true, ...lazyPage(() => import('../features/disclosure-matrix/MatrixPage')) },
  { path: '/gaps', title: 'page.gaps', nav: true, ...lazyPage(() => import('../features/gap-finder/GapFinderPage')) },
  {
    path: '/metric/:id',
    title: 'page.metric',
    nav: false,
    ...lazyPage(() => import('../features/metric-page/MetricPageRoute')),
  },
  {
    path: '/source/:file',
    title: 'page.source',
    nav: false,
    ...lazyPage(() => import('../features/source-reader/SourcePage')),
  },
];

export interface Match {
  page: PageEntry;
  params: Record<string, string>;
}

export function matchPage(path: string, pages: PageEntry[] = PAGES): Match | null {
  const parts = path.split('/').filter(Boolean);
  for (const page of pages) {
    const pattern = page.path.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = pattern.every((seg, i) => {
      if (seg.startsWith(':')) return ((params[seg.slice(1)] = parts[i]!), true);
      return seg === parts[i];
    });
    if (ok) return { page, params };
  }
  return null;
}
