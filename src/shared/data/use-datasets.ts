/**
 * One hook for loading datasets: the manifest, then the named files, combined
 * into one state with one error and one retry. Retry refetches the manifest
 * first, so a stale manifest (naming files a new deploy removed) is replaced
 * and the datasets it now names are fetched.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { useRetry } from './use-retry';
import { manifestQuery } from './datasets';
import { coverageQuery, datasetQuery, seedTextQuery, type Dataset, type DatasetName } from './dataset-queries';

export type DatasetsState<N extends DatasetName> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'ready'; data: { [K in N]: Dataset<K> } };

export function useDatasets<const N extends DatasetName>(names: readonly N[]): DatasetsState<N> {
  const manifest = useQuery(manifestQuery());
  const retry = useRetry();
  const combined = useQueries({
    queries: names.map((name) => datasetQuery(name, manifest.data)),
    combine: (results) => {
      const failed = results.find((r) => r.isError);
      if (failed) return { status: 'error' as const, error: failed.error };
      if (results.some((r) => r.data === undefined)) return { status: 'loading' as const };
      return {
        status: 'ready' as const,
        data: Object.fromEntries(names.map((n, i) => [n, results[i]!.data])) as { [K in N]: Dataset<K> },
      };
    },
  });
  if (manifest.isError) return { status: 'error', error: manifest.error, retry };
  if (combined.status === 'error') return { status: 'error', error: combined.error, retry };
  return combined;
}

export function useDataset<N extends DatasetName>(name: N): DatasetsState<N> {
  return useDatasets([name]);
}

export function useSeedText(source: string) {
  const manifest = useQuery(manifestQuery());
  return useQuery(seedTextQuery(source, manifest.data));
}

export function useCoverage() {
  const manifest = useQuery(manifestQuery());
  return useQuery(coverageQuery(manifest.data));
}
