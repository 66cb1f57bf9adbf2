import { useT } from '../../shared/i18n/use-t';
import { MATRIX_STATUSES } from './matrix-model';
import { StatusBadge } from './StatusBadge';

/** Every status with what it means. */
export function StatusLegend() {
  const { t } = useT();
  return (
    <section className="matrix-legend" aria-labelledby="matrix-legend-title">
      <h2 id="matrix-legend-title">{t('matrix.legend')}</h2>
      <dl>
        {MATRIX_STATUSES.map((s) => (
          <div key={s}>
            <dt>
              <StatusBadge status={s} />
            </dt>
            <dd>{t(`matrix.d.${s}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
