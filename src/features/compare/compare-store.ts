/**
 * The compare page's UI state: the peer set and reporting year, chart or table
 * per card, the page-level normalisation with per-card overrides, and a log
 * scale per card. Mirrored in the URL, defaults omitted (peers=a,b — the
 * default peer set when absent; year=2022 — every year when absent; view.<metric>=table,
 * norm=employee, norm.<metric>=absolute, scale.<metric>=log).
 */
import { create } from 'zustand';
import type { Mode } from '../../model/card-model';
import type { UrlBinding } from '../../shared/url/binding';

export type { Mode };
export type CardView = 'chart' | 'table';
export type Scale = 'linear' | 'log';

interface CompareState {
  /** Company ids compared, in the order chosen; null = the default peer set. */
  peers: string[] | null;
  /** The reporting year shown ("2022"); null = every year. */
  year: string | null;
  views: Record<string, CardView>;
  /** The page-level normalisation: every card that offers it shows it. */
  pageMode: Mode;
  /** Per-card choices that override the page-level one. */
  cardModes: Record<string, Mode>;
  scales: Record<string, Scale>;
  setPeers: (peers: string[] | null) => void;
  setYear: (year: string | null) => void;
  setView: (metric: string, view: CardView) => void;
  setPageMode: (mode: Mode) => void;
  setCardMode: (metric: string, mode: Mode) => void;
  setScale: (metric: string, scale: Scale) => void;
}

const EMPTY = { peers: null, year: null, views: {}, pageMode: 'absolute' as Mode, cardModes: {}, scales: {} };

export const useCompareStore = create<CompareState>((set) => ({
  ...EMPTY,
  setPeers: (peers) => set({ peers }),
  setYear: (year) => set({ year }),
  setView: (metric, view) => set((s) => ({ views: { ...s.views, [metric]: view } })),
  // a new page-level choice clears the per-card overrides
  setPageMode: (pageMode) => set({ pageMode, cardModes: {} }),
  setCardMode: (metric, mode) => set((s) => ({ cardModes: { ...s.cardModes, [metric]: mode } })),
  setScale: (metric, scale) => set((s) => ({ scales: { ...s.scales, [metric]: scale } })),
}));

/**
 * The companies compared: the chosen peers that exist, in data order; the
 * default peer set (the first few companies, named by the compiler) when none
 * is chosen or none exists.
 */
export function selectPeers<C extends { id: string }>(
  companies: readonly C[],
  peers: readonly string[] | null,
  defaults: readonly string[],
): C[] {
  const chosen = peers ? companies.filter((c) => peers.includes(c.id)) : [];
  return chosen.length > 0 ? chosen : companies.filter((c) => defaults.includes(c.id));
}

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
    const peers = params.get('peers')?.split(',').filter(Boolean) ?? [];
    const year = params.get('year') ?? '';
    useCompareStore.setState({
      peers: peers.length ? peers : null,
      year: /^\d{4}$/.test(year) ? year : null,
      views,
      cardModes,
      scales,
      pageMode: isMode(page) ? page : 'absolute',
    });
  },
  write: (params) => {
    const s = useCompareStore.getState();
    if (s.peers) params.set('peers', s.peers.join(','));
    if (s.year) params.set('year', s.year);
    for (const [k, v] of Object.entries(s.views)) if (v === 'table') params.set(`view.${k}`, v);
    if (s.pageMode !== 'absolute') params.set('norm', s.pageMode);
    for (const [k, v] of Object.entries(s.cardModes)) if (v !== s.pageMode) params.set(`norm.${k}`, v);
    for (const [k, v] of Object.entries(s.scales)) if (v === 'log') params.set(`scale.${k}`, v);
  },
  subscribe: (listener) => useCompareStore.subscribe(listener),
};
