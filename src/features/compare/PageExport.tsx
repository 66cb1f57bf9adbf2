/**
 * The compare page's downloads: CSV of what the page shows now, CSV of every
 * observation, the dataset zip. This menu loads on the first press of the
 * page's Export button; the export code and the full datasets on the first action.
 */
import { useQueryClient } from '@tanstack/react-query';
import type { Translator } from '../../shared/i18n/use-t';
import { ExportMenu, type ExportDataset } from '../export/api';
import type { StartOpen } from '../../shared/ui/DeferredMenu';
import { indexObservations } from '../../model/observation-index';
import { buildCardModel } from '../../model/card-model';
import { useCompareStore } from './compare-store';
import type { Shared } from './CardContainer';
import { cardObservations, fullObservations, loadExport } from './CardExport';

/** The card inputs from the full dataset: every part, whatever the page has scrolled to. */
function fullIndex(dataset: ExportDataset) {
  return {
    index: indexObservations(dataset.observations),
    caveats: new Map(dataset.caveats.map((c) => [c.id, c])),
    refusals: dataset.refusals ?? [],
  };
}

export interface PageExportProps {
  shared: Shared;
  tr: Translator;
}

/** Loaded on the first press of the page's Export button (ExportButton), which it opens. */
export default function PageExport({ shared, tr, startOpen }: PageExportProps & StartOpen) {
  const client = useQueryClient();
  const suffix = [
    shared.year,
    shared.companies.length < shared.allCompanies.length ? shared.companies.map((c) => c.id).join('-') : '',
  ]
    .filter(Boolean)
    .join('-');
  const viewName = `duibiao-view-${tr.lang}${suffix ? `-${suffix}` : ''}`;
  return (
    <ExportMenu
      tr={tr}
      subject={tr.t('export.menu.pageSubject')}
      startOpen={startOpen}
      onOpen={() => void loadExport(client).catch(() => undefined)}
      onCsvView={async () => {
        // the whole view, the parts not scrolled to yet included
        const { api, dataset } = await loadExport(client);
        const { cardModes, pageMode } = useCompareStore.getState();
        // every card of the page, in its order (the core four first), whether or not its part has loaded
        const cards = [...dataset.metrics.filter((m) => m.core), ...dataset.metrics.filter((m) => !m.core)];
        const input = { ...shared, ...fullIndex(dataset), metrics: new Map(dataset.metrics.map((m) => [m.id, m])) };
        const shown = cards.flatMap((metric) =>
          cardObservations(buildCardModel({ ...input, metric }, cardModes[metric.id] ?? pageMode)),
        );
        api.downloadCsv(fullObservations(shown, dataset, tr), dataset, tr, viewName);
      }}
      onCsvAll={async () => {
        const { api, dataset } = await loadExport(client);
        api.downloadCsv(dataset.observations, dataset, tr, `duibiao-all-${tr.lang}`);
      }}
      onZip={async () => {
        const { api, dataset } = await loadExport(client);
        await api.downloadDatasetZip(dataset, tr);
      }}
    />
  );
}
