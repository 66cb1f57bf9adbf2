/**
 * The full dataset as one zip: README.md, the CSV of every observation, the
 * manifest and the JSON files it names. fflate is imported on demand.
 */
import type { Manifest } from '../../model/schema';
import { buildCsv } from './csv';
import { datasetReadme } from './dataset-readme';
import type { CitationContext } from './citation';
import { NOT_ARCHIVED, type ExportDataset } from './export-dataset';

/** Manifest file name → its text, for every JSON dataset the manifest names (and the coverage report). */
export type DatasetFiles = Record<string, string>;

export function datasetFileNames(manifest: Manifest): string[] {
  return [
    ...Object.entries(manifest.files).flatMap(([name, file]) => (NOT_ARCHIVED.includes(name) ? [] : [file])),
    manifest.coverage,
  ];
}

/** Fetches the raw JSON texts next to manifest.json (same origin; usually from the HTTP cache). */
export async function loadDatasetFiles(
  dataUrl: string | URL,
  manifest: Manifest,
  fetchImpl: typeof fetch = fetch,
): Promise<DatasetFiles> {
  const names = datasetFileNames(manifest);
  const texts = await Promise.all(
    names.map(async (name) => {
      const res = await fetchImpl(new URL(name, dataUrl));
      if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
      return res.text();
    }),
  );
  return Object.fromEntries(names.map((n, i) => [n, texts[i]!]));
}

export const CSV_FILE_NAME = 'duibiao-observations.csv';

export interface DatasetZipInput {
  dataset: ExportDataset;
  files: DatasetFiles;
  ctx: CitationContext;
  /** Timestamp stored for every entry; fixed by tests for identical bytes. */
  mtime?: Date;
}

export async function buildDatasetZip({ dataset, files, ctx, mtime = new Date() }: DatasetZipInput): Promise<Uint8Array> {
  // destructured straight from import() so the bundler keeps only these two of fflate's exports
  const { zipSync, strToU8 } = await import('fflate');
  const csv = await buildCsv(dataset.observations, dataset, ctx.tr);
  const missing = datasetFileNames(dataset.manifest).filter((n) => !(n in files));
  if (missing.length) throw new Error(`Dataset files missing from the archive: ${missing.join(', ')}`);
  const entries: Record<string, Uint8Array> = {
    'README.md': strToU8(datasetReadme(dataset, ctx, CSV_FILE_NAME)),
    [CSV_FILE_NAME]: strToU8(csv),
    'manifest.json': strToU8(JSON.stringify(dataset.manifest, null, 2)),
  };
  for (const name of datasetFileNames(dataset.manifest)) entries[`data/${name}`] = strToU8(files[name]!);
  return zipSync(entries, { level: 6, mtime });
}
