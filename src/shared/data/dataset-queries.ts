/**
 * The full datasets' queries, for the views that load them (each a lazy chunk): every
 * dataset is validated with the one schema in src/model before the app sees it (zod loads
 * with the first full dataset, in its own chunk), and source texts are found through the
 * seed map. The first view's data access is datasets.ts.
 */
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Manifest } from '../../model/schema';
import { checkSeedMap } from '../../model/light-check';
import type { DATASET_SCHEMAS } from './dataset-schemas';
import { DatasetError, fetchChecked, fetchParsed, fetchText } from './datasets';

export type DatasetName = keyof typeof DATASET_SCHEMAS;
export type Dataset<N extends DatasetName> = z.infer<(typeof DATASET_SCHEMAS)[N]>;

/** Fetches a JSON file and validates it with a zod schema, loaded on first use. */
async function fetchJson<T>(name: string, path: string, pick: (schemas: typeof import('./dataset-schemas')) => z.ZodType<T>) {
  const [json, schemas] = await Promise.all([fetchParsed(name, path), import('./dataset-schemas')]);
  const parsed = pick(schemas).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DatasetError(name, `does not match the dataset schema (${issue.path.join('.') || 'root'}: ${issue.message})`);
  }
  return parsed.data;
}

export function datasetQuery<N extends DatasetName>(name: N, manifest: Manifest | undefined) {
  const path = manifest?.files[name];
  return queryOptions({
    queryKey: ['dataset', name, path],
    queryFn: () => fetchJson(name, path!, (s) => s.DATASET_SCHEMAS[name] as z.ZodType) as Promise<Dataset<N>>,
    enabled: path !== undefined,
    staleTime: Infinity,
  });
}

/** The seed map (seed file name → path of its text): loaded with the first source text a view shows. */
function seedMapQuery(path: string) {
  return queryOptions({
    queryKey: ['seeds', path],
    queryFn: () => fetchChecked<Record<string, string>>('seeds', path, checkSeedMap),
    staleTime: Infinity,
  });
}

export function seedTextQuery(source: string, manifest: Manifest | undefined) {
  const map = manifest?.seeds;
  return queryOptions({
    queryKey: ['seed', source, map],
    queryFn: async ({ client }) => {
      const seeds = await client.ensureQueryData(seedMapQuery(map!));
      // own keys only: a name from the URL such as "constructor" is no seed
      const path = Object.hasOwn(seeds, source) ? seeds[source] : undefined;
      if (path === undefined) throw new DatasetError(`seed ${source}`, 'not among the compiled sources');
      return fetchText(`seed ${source}`, path);
    },
    enabled: map !== undefined,
    staleTime: Infinity,
  });
}

/** The coverage report (ignored numbers per seed): only the source page needs it, so it is not a dataset. */
export function coverageQuery(manifest: Manifest | undefined) {
  const path = manifest?.coverage;
  return queryOptions({
    queryKey: ['coverage', path],
    queryFn: () => fetchJson('coverage', path!, (s) => s.coverageFileSchema),
    enabled: path !== undefined,
    staleTime: Infinity,
  });
}
