/**
 * The export actions (citations, CSV, pictures, the zip) and the full datasets
 * they read: loaded by api.ts's loadExportActions() on the first action, so no
 * page carries this code until a user exports.
 */
import '../../shared/i18n/messages/export';
import type { Translator } from '../../shared/i18n/use-t';
import type { CitationContext } from './citation';
import { permalink, today } from './permalink';

export { citeCard, citeMetricPage, citeSource, copyText, type CitationContext } from './citation';
export { cardImageSpec, type CardImageInput } from './chart-image-spec';
export { downloadCardImage } from './card-image-download';
export { downloadCsv, downloadDatasetZip } from './dataset-download';
export { fileSlug } from './download';
export { permalink, today } from './permalink';
export { loadExportDataset } from './load-export-dataset';

/** Citation context for the current page and state, accessed today. */
export function citationContext(tr: Translator, path?: string): CitationContext {
  return { tr, permalink: permalink(path), accessed: today() };
}
