/**
 * #/matrix — the HKEX disclosure matrix: per-company summary with the score,
 * filters, legend, the matrix, and the evidence of the selected cell.
 */
import '../../shared/i18n/messages/disclosure-matrix';
import { useMemo } from 'react';
import { useDatasets } from '../../shared/data/use-datasets';
import { indexObservations } from '../../model/observation-index';
import { useT } from '../../shared/i18n/use-t';
import { LoadError } from '../../shared/ui/LoadError';
import { CellEvidence } from './CellEvidence';
import { MatrixFilters } from './MatrixFilters';
import { MatrixSummary } from './MatrixSummary';
import { MatrixTable, cellButtonId } from './MatrixTable';
import { indexMatrix, visibleRows } from './matrix-model';
import { openCell, useMatrixStore, type CellRef } from './matrix-store';
import { StatusLegend } from './StatusLegend';
import './matrix.css';

const DATASETS = ['matrix', 'companies', 'metrics', 'observations', 'sources'] as const;

/** Bound to the URL when this chunk loads (app/pages.ts). */
export { matrixUrl as urlBinding } from './matrix-store';

export default function MatrixPage() {
  const tr = useT();
  const { t } = tr;
  const data = useDatasets(DATASETS);
  const { pillar, status, diffOnly, cell: selected } = useMatrixStore();
  const ready = data.status === 'ready' ? data.data : null;
  const companyIds = useMemo(() => ready?.companies.map((c) => c.id) ?? [], [ready]);
  const rows = useMemo(
    () => (ready ? visibleRows(ready.matrix, companyIds, { pillar, status, diffOnly }) : []),
    [ready, companyIds, pillar, status, diffOnly],
  );

  if (data.status === 'error') return <LoadError error={data.error} onRetry={data.retry} />;
  if (!ready) return <p className="loading">{t('loading')}</p>;

  const { matrix, companies, metrics, observations, sources } = ready;
  const index = indexMatrix(matrix);
  const obsIndex = indexObservations(observations);

  const select = (ref: CellRef) => {
    openCell(ref);
    requestAnimationFrame(() => {
      const panel = document.getElementById('matrix-evidence');
      panel?.scrollIntoView?.({ block: 'start' });
      panel?.focus({ preventScroll: true });
    });
  };
  const close = () => {
    const back = selected;
    openCell(null);
    if (back) requestAnimationFrame(() => document.getElementById(cellButtonId(back.company, back.code))?.focus());
  };

  const cell = selected ? index.cell(selected.company, selected.code) : undefined;
  const row = selected ? index.row(selected.code) : undefined;
  const company = companies.find((c) => c.id === selected?.company);
  const pick = (ids: string[]) => ids.flatMap((id) => obsIndex.byId.get(id) ?? []);

  return (
    <div className="matrix-page">
      <p className="page-intro">{t('matrix.intro')}</p>
      <p className="matrix-guide">{t('matrix.guide', tr.pick(matrix.guide.title.zh, matrix.guide.title.en))}</p>
      <MatrixSummary companies={companies} summaries={matrix.summaries} />
      <StatusLegend />
      <MatrixFilters shown={rows.length} total={matrix.rows.length} />
      <div className="matrix-layout">
        {rows.length === 0 ? (
          <p className="empty-state">{t('matrix.noRows')}</p>
        ) : (
          <MatrixTable rows={rows} companies={companies} index={index} selected={selected} onSelect={select} />
        )}
        <section id="matrix-evidence" className="matrix-evidence" aria-labelledby="matrix-evidence-title" tabIndex={-1}>
          {cell && row && company ? (
            <CellEvidence
              cell={cell}
              row={row}
              company={company}
              entries={cell.entries.flatMap((id) => index.entry(id) ?? [])}
              observations={pick(cell.observations)}
              gaps={pick(cell.gaps)}
              metrics={metrics}
              sources={sources}
              onClose={close}
            />
          ) : (
            <>
              <h2 id="matrix-evidence-title">{t('matrix.evidence')}</h2>
              <p>{t('matrix.evidenceEmpty')}</p>
            </>
          )}
        </section>
      </div>
    </div>
  );
}
