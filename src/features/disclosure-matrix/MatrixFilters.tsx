/** Pillar, status (any company) and "only differences"; every choice lives in the URL. */
import { useId } from 'react';
import { useT } from '../../shared/i18n/use-t';
import { Segmented } from '../../shared/ui/Segmented';
import { MATRIX_STATUSES } from './matrix-model';
import { setDiffOnly, setPillar, setStatusFilter, useMatrixStore, type PillarFilter, type StatusFilter } from './matrix-store';

const PILLARS: readonly PillarFilter[] = ['all', 'E', 'S', 'G'];

export function MatrixFilters({ shown, total }: { shown: number; total: number }) {
  const { t } = useT();
  const { pillar, status, diffOnly } = useMatrixStore();
  const statusId = useId();
  const diffId = useId();
  return (
    <section className="matrix-filters" aria-label={t('matrix.filters')}>
      <div className="filter">
        <span className="filter-label" aria-hidden="true">
          {t('matrix.pillar')}
        </span>
        <Segmented
          label={t('matrix.pillar')}
          value={pillar}
          onChange={setPillar}
          options={PILLARS.map((p) => ({ value: p, label: t(`matrix.pillar.${p}`) }))}
        />
      </div>
      <div className="filter">
        <label htmlFor={statusId} className="filter-label">
          {t('matrix.statusFilter')}
        </label>
        <select id={statusId} value={status} onChange={(e) => setStatusFilter(e.target.value as StatusFilter)}>
          <option value="all">{t('matrix.status.all')}</option>
          {MATRIX_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`matrix.s.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <input id={diffId} type="checkbox" checked={diffOnly} onChange={(e) => setDiffOnly(e.target.checked)} />
        <label htmlFor={diffId}>{t('matrix.diffOnly')}</label>
      </div>
      <p className="shown" role="status">
        {t('matrix.shown', shown, total)}
      </p>
    </section>
  );
}
