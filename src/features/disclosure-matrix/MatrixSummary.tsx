/**
 * Per company (one column each): the disclosure score with its credit and rows,
 * the number of rows per status, and the index the statuses were read from.
 */
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
  const columns = companies.flatMap((c) => {
    const summary = summaries.find((s) => s.company === c.id);
    return summary ? [{ company: c, summary }] : [];
  });
  return (
    <section className="matrix-summary" aria-labelledby="matrix-summary-title">
      <h2 id="matrix-summary-title">{t('matrix.summaryTitle')}</h2>
      <div className="summary-scroll" role="region" aria-label={t('matrix.summaryTable')} tabIndex={0}>
        <table className="summary-table">
          <thead>
            <tr>
              <td />
              {columns.map(({ company }) => (
                <th scope="col" key={company.id} style={{ borderTopColor: company.color }}>
                  {tr.pick(company.shortZh, company.shortEn)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="score-row">
              <th scope="row">{t('matrix.score')}</th>
              {columns.map(({ company, summary }) => (
                <td key={company.id} data-company={company.id}>
                  <span className="score-value">{summary.score.value.toFixed(1)}</span>
                  <span className="score-basis">{t('matrix.scoreOf', creditText(summary.score.credit), summary.score.rows)}</span>
                </td>
              ))}
            </tr>
            {MATRIX_STATUSES.map((status) => (
              <tr key={status}>
                <th scope="row">
                  <StatusBadge status={status} />
                </th>
                {columns.map(({ company, summary }) => (
                  <td key={company.id} className="count" data-company={company.id}>
                    {summary.counts[status] ?? 0}
                  </td>
                ))}
              </tr>
            ))}
            <tr className="index-row">
              <th scope="row">{t('matrix.indexes')}</th>
              {columns.map(({ company, summary }) => (
                <td key={company.id}>
                  {summary.indexes.length === 0
                    ? t('matrix.index.none')
                    : summary.indexes.map((i) => t(`matrix.index.${i.standard}`, i.source.slice(0, 3))).join('; ')}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <p className="score-how">
        <a href={methodology}>{t('matrix.scoreHow')}</a>
      </p>
    </section>
  );
}
