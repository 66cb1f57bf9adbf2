/**
 * The full datasets an export reads, fetched on demand (a click on an export
 * action), through the same queries as the pages that use them: the compare
 * page's first view never loads them, and a second export reuses the cache.
 */
import type { QueryClient } from '@tanstack/react-query';
import { manifestQuery } from '../../shared/data/datasets';
import { datasetQuery } from '../../shared/data/dataset-queries';
import type { ExportDataset } from './export-dataset';

export async function loadExportDataset(client: QueryClient): Promise<ExportDataset> {
  const manifest = await client.fetchQuery(manifestQuery());
  const get = <N extends Parameters<typeof datasetQuery>[0]>(name: N) => client.fetchQuery(datasetQuery(name, manifest));
  const [observations, metrics, companies, sources, caveats, refusals, conflicts, inputs] = await Promise.all([
    get('observations'),
    get('metrics'),
    get('companies'),
    get('sources'),
    get('caveats'),
    get('refusals'),
    get('conflicts'),
    get('inputs'),
  ]);
  return { manifest, observations, metrics, companies, sources, caveats, refusals, conflicts, inputs };
}
