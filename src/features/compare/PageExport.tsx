/** The compare page's downloads: CSV of what the page shows now, CSV of every observation, the dataset zip. */
import type { Metric } from '../../model/schema';
import type { Translator } from '../../shared/i18n/use-t';
import { ExportMenu, downloadCsv, downloadDatasetZip, useExportDataset } from '../export/api';
import { buildCardModel } from './card-model';
import { useCompareStore } from './compare-store';
import type { Shared } from './CardContainer';
import { cardObservations } from './CardExport';

export function PageExport({ metrics, shared, tr }: { metrics: Metric[]; shared: Shared; tr: Translator }) {
  const dataset = useExportDataset();
  if (!dataset) return null;
  const currentView = () => {
    const { cardModes, pageMode } = useCompareStore.getState();
    return metrics.flatMap((metric) => cardObservations(buildCardModel({ ...shared, metric }, cardModes[metric.id] ?? pageMode)));
  };
  const suffix = [
    shared.year,
    shared.companies.length < shared.allCompanies.length ? shared.companies.map((c) => c.id).join('-') : '',
  ]
    .filter(Boolean)
    .join('-');
  return (
    <ExportMenu
      tr={tr}
      subject={tr.t('export.menu.pageSubject')}
      onCsvView={() => downloadCsv(currentView(), dataset, tr, `duibiao-view-${tr.lang}${suffix ? `-${suffix}` : ''}`)}
      onCsvAll={() => downloadCsv(dataset.observations, dataset, tr, `duibiao-all-${tr.lang}`)}
      onZip={() => downloadDatasetZip(dataset, tr)}
    />
  );
}
