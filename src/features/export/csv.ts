/**
 * CSV of observations: UTF-8 with a byte-order mark so Excel reads Chinese
 * correctly, CRLF rows, formula-like text cells defused. papaparse is imported
 * on demand, so it costs nothing until someone asks for a CSV.
 */
import type { Observation } from '../../model/schema';
import type { ExportDataset, ExportLang } from './export-dataset';
import type { ExportMessages } from './export-messages';
import { csvHeader, csvRows } from './csv-rows';

export const BOM = '\uFEFF';

/** The CSV text, BOM first. `observations` is the current view, or `dataset.observations` for all. */
export async function buildCsv(
  observations: readonly Observation[],
  dataset: Omit<ExportDataset, 'manifest' | 'observations'>,
  messages: ExportMessages,
  lang: ExportLang,
): Promise<string> {
  const { unparse } = await import('papaparse');
  const body = unparse(
    { fields: csvHeader(messages), data: csvRows(observations, dataset, messages, lang) },
    // text starting with = + - @ gets a leading ' (numbers are left alone), so a hostile quote cannot run as a formula
    { newline: '\r\n', quotes: false, escapeFormulae: true },
  );
  return BOM + body + '\r\n';
}

export function csvBlob(csv: string): Blob {
  return new Blob([csv], { type: 'text/csv;charset=utf-8' });
}
