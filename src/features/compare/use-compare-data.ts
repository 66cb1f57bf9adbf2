/** The four datasets the overview draws, loaded together; nothing else loads up front. */
import { useQuery } from '@tanstack/react-query';
import { datasetQuery, useManifest } from '../datasets/dataset-queries';

export function useCompareData() {
  const manifest = useManifest();
  const observations = useQuery(datasetQuery('observations', manifest.data));
  const metrics = useQuery(datasetQuery('metrics', manifest.data));
  const companies = useQuery(datasetQuery('companies', manifest.data));
  const caveats = useQuery(datasetQuery('caveats', manifest.data));
  const all = [manifest, observations, metrics, companies, caveats];
  const failed = all.find((q) => q.isError);
  const retry = () => {
    for (const q of all) if (q.isError) void q.refetch();
  };
  if (failed) return { state: 'error' as const, error: failed.error, retry };
  if (!observations.data || !metrics.data || !companies.data || !caveats.data) return { state: 'loading' as const };
  return {
    state: 'ready' as const,
    data: { observations: observations.data, metrics: metrics.data, companies: companies.data, caveats: caveats.data },
  };
}
