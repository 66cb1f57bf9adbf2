/**
 * Loading the static data, as the first view needs it: manifest.json (fetched
 * fresh) names content-hashed files (cached forever); the manifest and the
 * compare page's small files get the light check of model/light-check. The full
 * datasets, validated with the one schema in src/model, load through
 * dataset-queries.ts, which the views that need them bring with their chunks.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Manifest } from '../../model/schema';
import { SCHEMA_VERSION } from '../../model/schema-version';
import { ShapeError, checkManifest } from '../../model/light-check';

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

export async function fetchText(name: string, path: string, init?: RequestInit): Promise<string> {
  let res: Response;
  try {
    res = await fetch(new URL(DATA_BASE + path, document.baseURI), init);
  } catch {
    throw new DatasetError(name, 'network error: the file could not be fetched');
  }
  if (!res.ok) throw new DatasetError(name, `HTTP ${res.status}${res.status === 404 ? ' (file not found)' : ''}`);
  return res.text();
}

export async function fetchParsed(name: string, path: string, init?: RequestInit): Promise<unknown> {
  const text = await fetchText(name, path, init);
  try {
    return JSON.parse(text);
  } catch {
    throw new DatasetError(name, 'the file is truncated or not valid JSON');
  }
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

export const manifestQuery = () => queryOptions({ queryKey: ['manifest'], queryFn: fetchManifest, staleTime: Infinity });
