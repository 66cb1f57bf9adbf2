/**
 * UI state (zustand). The shareable part — language, per-card view and
 * normalisation, the open provenance panel — is mirrored in the URL hash, so a
 * permalink restores it on any static host (no server routes).
 */
import { create } from 'zustand';
import type { Lang } from './i18n';

export type CardView = 'chart' | 'table';
export type Normalisation = 'absolute' | 'per_employee' | 'per_revenue';

export interface UiState {
  lang: Lang;
  views: Record<string, CardView>;
  normalisations: Record<string, Normalisation>;
  /** Observation id whose provenance panel is open. */
  provenance: string | null;
  setLang: (lang: Lang) => void;
  setView: (metric: string, view: CardView) => void;
  setNormalisation: (metric: string, n: Normalisation) => void;
  openProvenance: (observationId: string) => void;
  closeProvenance: () => void;
}

type Shareable = Pick<UiState, 'lang' | 'views' | 'normalisations' | 'provenance'>;

export function parseHash(hash: string): Shareable {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const views: Record<string, CardView> = {};
  const normalisations: Record<string, Normalisation> = {};
  for (const [k, v] of params) {
    if (k.startsWith('view.') && (v === 'chart' || v === 'table')) views[k.slice(5)] = v;
    if (k.startsWith('norm.') && (v === 'per_employee' || v === 'per_revenue')) normalisations[k.slice(5)] = v;
  }
  return {
    lang: params.get('lang') === 'en' ? 'en' : 'zh',
    views,
    normalisations,
    provenance: params.get('prov'),
  };
}

export function toHash(s: Shareable): string {
  const params = new URLSearchParams();
  if (s.lang === 'en') params.set('lang', 'en');
  for (const [k, v] of Object.entries(s.views).sort()) if (v === 'table') params.set(`view.${k}`, v);
  for (const [k, v] of Object.entries(s.normalisations).sort()) if (v !== 'absolute') params.set(`norm.${k}`, v);
  if (s.provenance) params.set('prov', s.provenance);
  const text = params.toString();
  return text ? `#${text}` : '';
}

const initial = typeof window === 'undefined' ? parseHash('') : parseHash(window.location.hash);

export const useUiStore = create<UiState>((set) => ({
  ...initial,
  setLang: (lang) => set({ lang }),
  setView: (metric, view) => set((s) => ({ views: { ...s.views, [metric]: view } })),
  setNormalisation: (metric, n) => set((s) => ({ normalisations: { ...s.normalisations, [metric]: n } })),
  openProvenance: (provenance) => set({ provenance }),
  closeProvenance: () => set({ provenance: null }),
}));

/** Two-way sync between the store and location.hash; returns an unsubscribe function. */
export function syncHash(): () => void {
  const write = (s: UiState) => {
    const next = toHash(s);
    if (next !== window.location.hash && !(next === '' && window.location.hash === '')) {
      history.replaceState(null, '', next || window.location.pathname + window.location.search);
    }
  };
  const unsubscribe = useUiStore.subscribe(write);
  const onHash = () => useUiStore.setState(parseHash(window.location.hash));
  window.addEventListener('hashchange', onHash);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHash);
  };
}
