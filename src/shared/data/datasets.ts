/**
 * Loading the static datasets: manifest.json (fetched fresh) names
 * content-hashed files (cached forever). Every file is validated with the one
 * schema in src/model before the app sees it. Each resource exposes a fetcher,
 * a query-options factory and a hook.
 */
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  SCHEMA_VERSION,
  caveatsFileSchema,
  companiesFileSchema,
  disclosureFileSchema,
  conflictsFileSchema,
  matrixFileSchema,
  coverageFileSchema,
  refusalsFileSchema,
  manifestSchema,
  metricsFileSchema,
  observationsFileSchema,
  sourcesFileSchema,
  type Manifest,
} from '../../model/schema';

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

async function fetchJson<S extends z.ZodType>(name: string, path: string, schema: S, init?: RequestInit): Promise<z.infer<S>> {
  const text = await fetchText(name, path, init);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DatasetError(name, 'the file is truncated or not valid JSON');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DatasetError(name, `does not match the dataset schema (${issue.path.join('.') || 'root'}: ${issue.message})`);
  }
  return parsed.data;
}

export async function fetchManifest(): Promise<Manifest> {
  const text = await fetchText('manifest', 'manifest.json', { cache: 'no-cache' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DatasetError('manifest', 'the file is truncated or not valid JSON');
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== SCHEMA_VERSION) {
    throw new DatasetError(
      'manifest',
      `schema version ${String(version)} does not match this app (expects ${SCHEMA_VERSION}); reload to get the matching app`,
    );
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success)
    throw new DatasetError('manifest', `does not match the manifest schema (${parsed.error.issues[0]!.message})`);
  return parsed.data;
}

const DATASET_SCHEMAS = {
  observations: observationsFileSchema,
  metrics: metricsFileSchema,
  companies: companiesFileSchema,
  sources: sourcesFileSchema,
  caveats: caveatsFileSchema,
  disclosure: disclosureFileSchema,
  refusals: refusalsFileSchema,
  conflicts: conflictsFileSchema,
  matrix: matrixFileSchema,
} as const;
export type DatasetName = keyof typeof DATASET_SCHEMAS;
export type Dataset<N extends DatasetName> = z.infer<(typeof DATASET_SCHEMAS)[N]>;

export const manifestQuery = () => queryOptions({ queryKey: ['manifest'], queryFn: fetchManifest, staleTime: Infinity });

export function datasetQuery<N extends DatasetName>(name: N, manifest: Manifest | undefined) {
  const path = manifest?.files[name];
  return queryOptions({
    queryKey: ['dataset', name, path],
    queryFn: () => fetchJson(name, path!, DATASET_SCHEMAS[name]) as Promise<Dataset<N>>,
    enabled: path !== undefined,
    staleTime: Infinity,
  });
}

export function seedTextQuery(source: string, manifest: Manifest | undefined) {
  const path = manifest?.seeds[source];
  return queryOptions({
    queryKey: ['seed', source, path],
    queryFn: () => fetchText(`seed ${source}`, path!),
    enabled: path !== undefined,
    staleTime: Infinity,
  });
}

/** The coverage report (ignored numbers per seed): only the source page needs it, so it is not a dataset. */
export function coverageQuery(manifest: Manifest | undefined) {
  const path = manifest?.coverage;
  return queryOptions({
    queryKey: ['coverage', path],
    queryFn: () => fetchJson('coverage', path!, coverageFileSchema),
    enabled: path !== undefined,
    staleTime: Infinity,
  });
}
