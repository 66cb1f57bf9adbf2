/**
 * The compare page's UI state: chart or table per card, the page-level
 * normalisation with per-card overrides, and a log scale per card. Mirrored in
 * the URL (view.<metric>=table, norm=employee, norm.<metric>=absolute, scale.<metric>=log).
 */
import { create } from 'zustand';
import type { Per } from '../../model/schema';
import type { UrlBinding } from '../../shared/url/binding';

export type CardView = 'chart' | 'table';
export type Mode = 'absolute' | Per;
export type Scale = 'linear' | 'log';

interface CompareState {
  views: Record<string, CardView>;
  /** The page-level normalisation: every card that offers it shows it. */
  pageMode: Mode;
  /** Per-card choices that override the page-level one. */
  cardModes: Record<string, Mode>;
  scales: Record<string, Scale>;
  setView: (metric: string, view: CardView) => void;
  setPageMode: (mode: Mode) => void;
  setCardMode: (metric: string, mode: Mode) => void;
  setScale: (metric: string, scale: Scale) => void;
}

const EMPTY = { views: {}, pageMode: 'absolute' as Mode, cardModes: {}, scales: {} };

export const useCompareStore = create<CompareState>((set) => ({
  ...EMPTY,
  setView: (metric, view) => set((s) => ({ views: { ...s.views, [metric]: view } })),
  // a new page-level choice clears the per-card overrides
  setPageMode: (pageMode) => set({ pageMode, cardModes: {} }),
  setCardMode: (metric, mode) => set((s) => ({ cardModes: { ...s.cardModes, [metric]: mode } })),
  setScale: (metric, scale) => set((s) => ({ scales: { ...s.scales, [metric]: scale } })),
}));

const isMode = (v: string): v is Mode => v === 'absolute' || v === 'employee' || v === 'revenue';

export const compareUrl: UrlBinding = {
  read: (params) => {
    const views: Record<string, CardView> = {};
    const cardModes: Record<string, Mode> = {};
    const scales: Record<string, Scale> = {};
    for (const [k, v] of params) {
      if (k.startsWith('view.') && v === 'table') views[k.slice(5)] = v;
      if (k.startsWith('norm.') && isMode(v)) cardModes[k.slice(5)] = v;
      if (k.startsWith('scale.') && v === 'log') scales[k.slice(6)] = v;
    }
    const page = params.get('norm') ?? 'absolute';
    useCompareStore.setState({ views, cardModes, scales, pageMode: isMode(page) ? page : 'absolute' });
  },
  write: (params) => {
    const s = useCompareStore.getState();
    for (const [k, v] of Object.entries(s.views)) if (v === 'table') params.set(`view.${k}`, v);
    if (s.pageMode !== 'absolute') params.set('norm', s.pageMode);
    for (const [k, v] of Object.entries(s.cardModes)) if (v !== s.pageMode) params.set(`norm.${k}`, v);
    for (const [k, v] of Object.entries(s.scales)) if (v === 'log') params.set(`scale.${k}`, v);
  },
  subscribe: (listener) => useCompareStore.subscribe(listener),
};
