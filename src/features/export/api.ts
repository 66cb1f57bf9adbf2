/**
 * What other features use of export: the menu, and the actions loaded on the
 * first click (their code and the full datasets stay out of every first view).
 * A metric page adds its menu in one line:
 *   <ExportMenu tr={tr} subject={name} onCopyCitation={async () => {
 *     const x = await loadExportActions();
 *     await x.copyText(x.citeMetricPage({ metricName, observations }, sources, x.citationContext(tr)));
 *   }} />
 * and a source page the same with citeSource(source, x.citationContext(tr), lines).
 * The compare page draws shared/ui/DeferredMenu instead (its button only; the menu, and
 * this module, load on the press).
 */
export { ExportMenu, type ExportMenuProps } from './ExportMenu';
export type { ExportDataset } from './export-dataset';

export const loadExportActions = () => import('./actions');
