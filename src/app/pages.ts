/**
 * The page registry. Adding a page is one entry here plus a feature folder:
 * a path pattern (`:name` captures a segment), a lazily loaded component (its
 * own chunk), the catalogue key of its title, and whether it appears in the nav.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MessageKey } from '../shared/i18n/catalogue';

export interface PageProps {
  params: Record<string, string>;
}

export interface PageEntry {
  path: string;
  title: MessageKey;
  nav: boolean;
  component: LazyExoticComponent<ComponentType<PageProps>>;
}

export const PAGES: PageEntry[] = [
  { path: '/', title: 'page.compare', nav: true, component: lazy(() => import('../features/compare/ComparePage')) },
  {
    path: '/methodology',
    title: 'page.methodology',
    nav: true,
    component: lazy(() => import('../features/methodology/MethodologyPage')),
  },
  { path: '/matrix', title: 'page.matrix', nav: true, component: lazy(() => import('../features/disclosure-matrix/MatrixPage')) },
  { path: '/gaps', title: 'page.gaps', nav: true, component: lazy(() => import('../features/gap-finder/GapFinderPage')) },
  {
    path: '/metric/:id',
    title: 'page.metric',
    nav: false,
    component: lazy(() => import('../features/metric-page/MetricPageRoute')),
  },
  {
    path: '/source/:file',
    title: 'page.source',
    nav: false,
    component: lazy(() => import('../features/source-reader/SourcePage')),
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
