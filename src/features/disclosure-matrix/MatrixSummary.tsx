/** Per company: the disclosure score with its credit and rows, the counts per status, and the index it was read from. */
import type { Company, MatrixSummary as Summary } from '../../model/schema';
import { useT } from '../../shared/i18n/use-t';
import { useHref } from '../../shared/url/links';
import { MATRIX_STATUSES, creditText } from './matrix-model';
import { StatusBadge } from './StatusBadge';

interface Props {
  companies: Company[];
  summaries: Summary[];
}

export function MatrixSummary({ companies, summaries }: Props) {
  const tr = useT();
  const { t } = tr;
  const methodology = useHref('/methodology');
  return (
    <section className="matrix-summary" aria-labelledby="matrix-summary-title">
      <h2 id="matrix-summary-title">{t('matrix.summaryTitle')}</h2>
      <ul className="summary-cards">
        {companies.map((c) => {
          const s = summaries.find((x) => x.company === c.id);
          if (!s) return null;
          const name = tr.pick(c.shortZh, c.shortEn);
          return (
            <li key={c.id} className="summary-card" style={{ borderTopColor: c.color }} data-company={c.id}>
              <h3>{name}</h3>
              <p className="score">
                <span className="score-label">{t('matrix.score')}</span>{' '}
                <span className="score-value">{s.score.value.toFixed(1)}</span>
                <span className="score-basis"> {t('matrix.scoreOf', creditText(s.score.credit), s.score.rows)}</span>
              </p>
              <p className="score-how">
                <a href={methodology}>{t('matrix.scoreHow')}</a>
              </p>
              <ul className="status-counts" aria-label={t('matrix.counts', name)}>
                {MATRIX_STATUSES.map((status) => (
                  <li key={status}>
                    <StatusBadge status={status} /> <span className="count">{s.counts[status] ?? 0}</span>
                  </li>
                ))}
              </ul>
              <p className="summary-index">
                {t('matrix.indexes')}:{' '}
                {s.indexes.length === 0
                  ? t('matrix.index.none')
                  : s.indexes.map((i) => t(`matrix.index.${i.standard}`, i.source.slice(0, 3))).join('; ')}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
