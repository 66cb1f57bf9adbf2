/**
 * CSV of observations: UTF-8 with a byte-order mark so Excel reads Chinese
 * correctly, CRLF rows, formula-like text cells defused. papaparse is imported
 * on demand, so it costs nothing until someone asks for a CSV.
 */
import type { Observation } from '../../model/schema';
import type { Translator } from '../../shared/i18n/use-t';
import type { ExportDataset } from './export-dataset';
import { csvHeader, csvRows } from './csv-rows';

export const BOM = '\uFEFF';

/** The CSV text, BOM first. `observations` is the current view, or `dataset.observations` for all. */
export async function buildCsv(
  observations: readonly Observation[],
  dataset: Omit<ExportDataset, 'manifest' | 'observations'>,
  tr: Translator,
): Promise<string> {
  const { unparse } = await import('papaparse');
  const body = unparse(
    { fields: csvHeader(tr), data: csvRows(observations, dataset, tr) },
    // text starting with = + - @ gets a leading ' (numbers are left alone), so a hostile quote cannot run as a formula
    { newline: '\r\n', quotes: false, escapeFormulae: true },
  );
  return BOM + body + '\r\n';
}

export function csvBlob(csv: string): Blob {
  return new Blob([csv], { type: 'text/csv;charset=utf-8' });
}
