/**
 * What other features use of export. A metric page adds its menu in one line:
 *   <ExportMenu tr={tr} subject={name} onCopyCitation={() => copyText(citeMetricPage({metricName, observations}, sources, citationContext(tr)))} />
 * and a source page the same with citeSource(source, citationContext(tr), lines).
 */
import type { Translator } from '../../shared/i18n/use-t';
import type { CitationContext } from './citation';
import { permalink, today } from './permalink';

export { ExportMenu, type ExportMenuProps } from './ExportMenu';
export { citeCard, citeMetricPage, citeSource, copyText, type CitationContext } from './citation';
export { cardImageSpec, type CardImageInput } from './chart-image-spec';
export { downloadCardImage } from './card-image-download';
export { downloadCsv, downloadDatasetZip } from './dataset-download';
export { fileSlug } from './download';
export { useExportDataset } from './use-export-dataset';
export { permalink, today } from './permalink';
export type { ExportDataset } from './export-dataset';

/** Citation context for the current page and state, accessed today. */
export function citationContext(tr: Translator, path?: string): CitationContext {
  return { tr, permalink: permalink(path), accessed: today() };
}
