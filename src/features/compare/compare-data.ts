/**
 * The compare page's data: its index (named by the manifest), then per part
 * (core, rest) its metrics file and one file per compared company; the index
 * carries the default first view's core files itself. The
 * core part loads with the page; the rest when a group below the core comes
 * near the viewport or the page prints. Each file gets the light check of
 * model/light-check (the compiler validated it with the full schema), so the
 * first view carries no schema library. Combined into one state with one
 * error and one retry, like use-datasets.
 */
import { queryOptions, useQueries, useQuery, type QueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { create } from 'zustand';
import type {
  CardCaveat,
  CardObservation,
  CompareIndex,
  ComparePart,
  CompareShard,
  Manifest,
  CardMetric,
  Metric,
  PartMetrics,
  Per,
  Refusal,
} from '../../model/schema';
import { checkCompareIndex, checkCompareShard, checkPartMetrics, type Check } from '../../model/light-check';
import { fetchChecked, manifestQuery } from '../../shared/data/datasets';
import { useRetry } from '../../shared/data/use-retry';
import { observationId } from '../../model/observation-id';
import { selectPeers } from './compare-store';

/** Any one of the part files' queries (their data differ; the merge below knows which is which). */
type QueryOptions = ReturnType<typeof fileQuery<unknown>>;

/** The file's name without its content hash, as errors name it: compare-core-mashang. */
const fileName = (path: string) => path.replace(/\.[0-9a-f]{10}\.json$/, '');

export function compareIndexQuery(manifest: Manifest | undefined) {
  const path = manifest?.files.compare;
  return queryOptions({
    queryKey: ['compare', path],
    queryFn: () => fetchChecked<CompareIndex>(fileName(path!), path!, checkCompareIndex),
    enabled: path !== undefined,
    staleTime: Infinity,
  });
}

/**
 * A part file's query. A file the index carries in its first view (the core metrics, a default
 * peer's core file) is read from there, with no request of its own; any other is fetched.
 */
function fileQuery<T>(path: string | undefined, check: Check, carried?: T) {
  return queryOptions({
    queryKey: ['compare', 'file', path],
    queryFn: () => (carried !== undefined ? Promise.resolve(carried) : fetchChecked<T>(fileName(path!), path!, check)),
    enabled: path !== undefined,
    staleTime: Infinity,
  });
}

/** The queries of a part's files for these companies: its metrics file, then one file per company. */
function partQueries(index: CompareIndex, part: ComparePart, ids: string[]) {
  const files = index.parts[part];
  const first = part === 'core' ? index.firstView : undefined;
  return [
    fileQuery<PartMetrics>(files.metrics, checkPartMetrics, first?.metrics),
    ...ids.map((id) =>
      fileQuery<CompareShard>(
        files.companies[id],
        checkCompareShard,
        first?.shards.find((s) => s.company === id),
      ),
    ),
  ];
}

/** Whether the rest part is wanted yet (set once, by a card nearing the viewport or by printing). */
export const useRestWanted = create<{ wanted: boolean; want: () => void }>((set) => ({
  wanted: false,
  want: () => set({ wanted: true }),
}));

/**
 * Puts the first view's files (manifest, index, core metrics, the peers' core files) in
 * the query cache, so the page's first render already has its data and draws its first
 * chart in that render (app/main.tsx awaits it, with the page's chunk, before rendering).
 * A file that fails leaves its query in error: the page then shows it with a retry.
 */
export async function prefetchCompareFirstView(client: QueryClient, peers: readonly string[] | null): Promise<void> {
  const manifest = await client.ensureQueryData(manifestQuery());
  const index = await client.ensureQueryData(compareIndexQuery(manifest));
  const ids = selectPeers(index.companies, peers, index.defaultPeers).map((c) => c.id);
  await Promise.all(partQueries(index, 'core', ids).map((q) => client.ensureQueryData(q as QueryOptions)));
}

/** The compare index alone (the shell's legend reads its companies and default peers). */
export function useCompareIndex() {
  const manifest = useQuery(manifestQuery());
  return useQuery(compareIndexQuery(manifest.data));
}

export interface CompareData {
  index: CompareIndex;
  /** The peers whose files have arrived (a newly added peer joins when its files do). */
  companies: string[];
  /** Parts whose metrics file and every compared company's file have loaded. */
  loaded: Set<ComparePart>;
  /** Why the rest part failed to load: the groups beyond the core show it with a retry; the core stays. */
  restError?: unknown;
  /** Every metric loaded so far by id: the cards' and their alternates'. */
  metrics: Map<string, CardMetric>;
  /** The metrics with a card, in catalogue order: the core part's, then (once loaded) the rest part's. */
  metricList: Metric[];
  /** Per loaded metric, the normalisations on offer. */
  offered: Record<string, Per[]>;
  observations: CardObservation[];
  caveats: Map<string, CardCaveat>;
  refusals: Refusal[];
}

export type CompareDataState =
  { status: 'loading' } | { status: 'error'; error: unknown; retry: () => void } | { status: 'ready'; data: CompareData };

/** Loads the parts wanted for the peer set (the chosen peers that exist, else the default set). */
export function useCompareData(peers: readonly string[] | null): CompareDataState {
  const manifest = useQuery(manifestQuery());
  const index = useQuery(compareIndexQuery(manifest.data));
  const restWanted = useRestWanted((s) => s.wanted);
  const retry = useRetry();
  const parts: ComparePart[] = restWanted ? ['core', 'rest'] : ['core'];
  const ids = index.data ? selectPeers(index.data.companies, peers, index.data.defaultPeers).map((c) => c.id) : [];
  const data = index.data;
  // no queries until the index names the files (undefined paths would be duplicate keys)
  const queries = data ? parts.flatMap((part) => partQueries(data, part, ids)) : [];
  // once the page has shown data, a newly added peer joins when its files arrive instead of
  // blanking the page (its focus, scroll and drawn charts stay)
  const [shown, setShown] = useState(false);
  // likewise for the rest part once it has shown: a new peer then waits for its rest file too
  const [restShown, setRestShown] = useState(false);
  const layout = JSON.stringify({ ids, parts, restShown });
  // a stable combine: react-query re-runs it only when a result changes, so the merged data keeps its identity
  const combine = useCallback(
    (results: { data?: unknown; isError: boolean; error: unknown }[]) => {
      const l = JSON.parse(layout) as { ids: string[]; parts: ComparePart[]; restShown: boolean };
      return mergeParts(l.ids, l.parts, results, l.restShown);
    },
    [layout],
  );
  const merged = useQueries({ queries: queries as QueryOptions[], combine });
  // the first time, every peer's files before anything shows (no company pops in later)
  const ready = index.data !== undefined && merged.status === 'ready' && (shown || merged.data.companies.length === ids.length);
  // remembered while rendering (React's pattern for state derived from an earlier render)
  if (ready && !shown) setShown(true);
  if (ready && merged.data.loaded.has('rest') && !restShown) setRestShown(true);
  const failed = [manifest, index].find((r) => r.isError);
  if (failed) return { status: 'error', error: failed.error, retry };
  if (merged.status === 'error') return { status: 'error', error: merged.error, retry };
  if (!index.data || merged.status === 'loading' || !ready) return { status: 'loading' };
  return { status: 'ready', data: { index: index.data, ...merged.data } };
}

type Merged = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: Omit<CompareData, 'index'> };
type Result = { data?: unknown; isError: boolean; error: unknown };

/**
 * Results come as, per part: its metrics file, then one file per company. The data is
 * ready with the covered companies (see below) once the core metrics and one company have. A failed core file fails
 * the page; a failed rest file is reported to the rest cards.
 */
function mergeParts(ids: string[], parts: ComparePart[], results: Result[], restShown: boolean): Merged {
  if (results.length !== parts.length * (ids.length + 1)) return { status: 'loading' }; // no index yet: no queries
  const group = (p: number) => results.slice(p * (ids.length + 1), (p + 1) * (ids.length + 1));
  let restError: unknown;
  for (const [p, part] of parts.entries()) {
    const failed = group(p).find((r) => r.isError);
    if (failed && part === 'core') return { status: 'error', error: failed.error };
    if (failed) restError = failed.error;
  }
  // a company shows once its core file is here and, once the rest part has shown, its rest file too (so a newly
  // added peer never turns the rest cards back into placeholders); while the rest part first loads, the core shows
  const rest = parts.indexOf('rest');
  const hasRest = (c: number) => rest >= 0 && group(rest)[c + 1]!.data !== undefined;
  const covered = ids.filter(
    (_, c) => group(0)[c + 1]!.data !== undefined && (rest < 0 || restError !== undefined || !restShown || hasRest(c)),
  );
  const coreReady = group(0)[0]!.data !== undefined && covered.length > 0;
  if (!coreReady) return { status: 'loading' };
  const loaded = new Set<ComparePart>();
  const metrics = new Map<string, CardMetric>();
  const metricList: Metric[] = [];
  const offered: Record<string, Per[]> = {};
  const byId = new Map<string, CardObservation>();
  const caveats = new Map<string, CardCaveat>();
  const refusals: Refusal[] = [];
  for (const [p, part] of parts.entries()) {
    const [metricsResult, ...shards] = group(p);
    if (metricsResult!.data === undefined || (part === 'rest' && restError !== undefined)) continue;
    if (part === 'rest' && !covered.every((id) => hasRest(ids.indexOf(id)))) continue;
    loaded.add(part);
    const file = metricsResult!.data as PartMetrics;
    metricList.push(...file.metrics);
    Object.assign(offered, file.offered);
    // an alternate whose card is in the other part: the whole metric wins once that part is here too
    for (const m of file.alternates) if (!metrics.has(m.id)) metrics.set(m.id, m);
    for (const m of file.metrics) metrics.set(m.id, m);
    for (const [c, r] of shards.entries()) {
      if (!covered.includes(ids[c]!)) continue;
      const shard = r.data as CompareShard;
      // an alternate metric's observations may sit in both parts: one copy each
      for (const entry of shard.observations) {
        // the files leave out each observation's company (the file's) and id (implied by the rest)
        const o = { ...entry, company: shard.company };
        byId.set(observationId(o), { ...o, id: observationId(o) });
      }
      for (const cv of shard.caveats) caveats.set(cv.id, cv);
      refusals.push(...shard.refusals);
    }
  }
  return {
    status: 'ready',
    data: {
      companies: covered,
      loaded,
      restError,
      metrics,
      metricList,
      offered,
      observations: [...byId.values()],
      caveats,
      refusals,
    },
  };
}
