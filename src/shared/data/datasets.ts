/**
 * Loading the static datasets: manifest.json (fetched fresh) names
 * content-hashed files (cached forever). Every full dataset is validated with
 * the one schema in src/model before the app sees it (zod loads with the first
 * full dataset, in its own chunk); the manifest and the compare page's small
 * files get the light check of model/light-check. Each resource exposes a
 * fetcher, a query-options factory and a hook.
 */
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Manifest } from '../../model/schema';
import { SCHEMA_VERSION } from '../../model/schema-version';
import { ShapeError, checkManifest, checkSeedMap } from '../../model/light-check';
import type { DATASET_SCHEMAS } from './dataset-schemas';

/** Where the compiled data lives, relative to the page (works under any sub-path). */
export const DATA_BASE = 'data/';

export class DatasetError extends Error {
  constructor(
    readonly dataset: string,
    readonly reason: string,
  ) {
    super(`${dataset}: ${reason}`);
    this.name = 'DatasetError';
  }
}

async function fetchText(name: string, path: string, init?: RequestInit): Promise<string> {
  let res: Response;
  try {
    res = await fetch(new URL(DATA_BASE + path, document.baseURI), init);
  } catch {
    throw new DatasetError(name, 'network error: the file could not be fetched');
  }
  if (!res.ok) throw new DatasetError(name, `HTTP ${res.status}${res.status === 404 ? ' (file not found)' : ''}`);
  return res.text();
}

async function fetchParsed(name: string, path: string, init?: RequestInit): Promise<unknown> {
  const text = await fetchText(name, path, init);
  try {
    return JSON.parse(text);
  } catch {
    throw new DatasetError(name, 'the file is truncated or not valid JSON');
  }
}

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

/** Fetches a JSON file and checks it with a light check (model/light-check). */
export async function fetchChecked<T>(name: string, path: string, check: (v: unknown, path: string) => void, init?: RequestInit) {
  const json = await fetchParsed(name, path, init);
  try {
    check(json, '');
  } catch (e) {
    if (e instanceof ShapeError) throw new DatasetError(name, `does not match the dataset schema (${e.message})`);
    throw e;
  }
  return json as T;
}

/** Manifest fetches so far: the first may use index.html's preload; every later one (a retry) revalidates. */
let manifestFetches = 0;

/**
 * The manifest (served with `Cache-Control: no-cache`, see the README). The page's first
 * fetch takes the copy index.html preloaded alongside the script, so the data files it names
 * are not a round trip behind; a retry asks the server again (`cache: 'no-cache'`), so a stale
 * copy never survives a retry.
 */
export async function fetchManifest(): Promise<Manifest> {
  const init: RequestInit | undefined = manifestFetches++ === 0 ? undefined : { cache: 'no-cache' };
  const json = await fetchParsed('manifest', 'manifest.json', init);
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== SCHEMA_VERSION) {
    throw new DatasetError(
      'manifest',
      `schema version ${String(version)} does not match this app (expects ${SCHEMA_VERSION}); reload to get the matching app`,
    );
  }
  try {
    checkManifest(json, '');
  } catch (e) {
    if (e instanceof ShapeError) throw new DatasetError('manifest', `does not match the manifest schema (${e.message})`);
    throw e;
  }
  return json as Manifest;
}

export type DatasetName = keyof typeof DATASET_SCHEMAS;
export type Dataset<N extends DatasetName> = z.infer<(typeof DATASET_SCHEMAS)[N]>;

export const manifestQuery = () => queryOptions({ queryKey: ['manifest'], queryFn: fetchManifest, staleTime: Infinity });

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
