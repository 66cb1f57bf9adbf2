/** The page-level downloads: a CSV of any observations, and the full dataset as a zip. */
import type { Observation } from '../../model/schema';
import { DATA_BASE } from '../../shared/data/datasets';
import type { Translator } from '../../shared/i18n/use-t';
import { buildCsv, csvBlob } from './csv';
import { buildDatasetZip, loadDatasetFiles } from './dataset-zip';
import { downloadBlob } from './download';
import type { ExportDataset } from './export-dataset';
import { permalink, today } from './permalink';

export async function downloadCsv(
  observations: readonly Observation[],
  dataset: Omit<ExportDataset, 'manifest' | 'observations'>,
  tr: Translator,
  fileName: string,
) {
  downloadBlob(csvBlob(await buildCsv(observations, dataset, tr)), `${fileName}.csv`);
}

export async function downloadDatasetZip(dataset: ExportDataset, tr: Translator) {
  const files = await loadDatasetFiles(new URL(DATA_BASE, document.baseURI), dataset.manifest);
  const zip = await buildDatasetZip({ dataset, files, ctx: { tr, permalink: permalink(), accessed: today() } });
  downloadBlob(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), `duibiao-dataset-${tr.lang}.zip`);
}
