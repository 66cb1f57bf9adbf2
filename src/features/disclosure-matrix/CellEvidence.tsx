/**
 * Why a cell has its status: the compiler's reason in the page's language, what
 * the Guide asks, the company's index lines verbatim with source and line, the
 * sections they cite, and the figures and recorded gaps (each linking to its
 * metric page and its provenance).
 */
import type { Company, HkexRow, IndexEntry, MatrixCell, Metric, Observation, Source } from '../../model/schema';
import { formatObservation } from '../../shared/format/format';
import { periodLabel } from '../../shared/format/period';
import { visibleText } from '../../shared/format/visible-text';
import { useT } from '../../shared/i18n/use-t';
import { useHref } from '../../shared/url/links';
import { openProvenance } from '../provenance/api';
import { creditText, lineRange } from './matrix-model';
import { StatusBadge } from './StatusBadge';
import '../../shared/ui/evidence.css';

export interface CellEvidenceProps {
  cell: MatrixCell;
  row: HkexRow;
  company: Company;
  entries: IndexEntry[];
  observations: Observation[];
  gaps: Observation[];
  metrics: Metric[];
  sources: Source[];
  onClose: () => void;
}

export function CellEvidence({ cell, row, company, entries, observations, gaps, metrics, sources, onClose }: CellEvidenceProps) {
  const tr = useT();
  const { t } = tr;
  const companyName = tr.pick(company.shortZh, company.shortEn);
  const metricName = (id: string) => {
    const m = metrics.find((x) => x.id === id);
    return m ? tr.pick(m.nameZh, m.nameEn) : id;
  };
  const sourceTitle = (id: string) => sources.find((s) => s.id === id)?.title ?? id;
  return (
    <>
      <h2 id="matrix-evidence-title">{t('matrix.evidenceTitle', companyName, row.code, tr.pick(row.short.zh, row.short.en))}</h2>
      <p className="evidence-status">
        <StatusBadge status={cell.status} />{' '}
        <span className="evidence-credit">
          {cell.credit === null ? t('matrix.creditExcluded') : t('matrix.credit', creditText(cell.credit))}
        </span>
      </p>
      <h3>{t('matrix.reason')}</h3>
      <p className="evidence-reason">{visibleText(tr.pick(cell.reason.zh, cell.reason.en))}</p>
      <p className="evidence-check">{t(`matrix.check.${cell.figureCheck}`)}</p>

      <h3>{t('matrix.guideText')}</h3>
      <p className="evidence-guide">
        {tr.pick(row.name.zh, row.name.en)} {row.asksFigures ? t('matrix.asksFigures') : t('matrix.asksDescription')}
      </p>

      <h3>{t('matrix.entries')}</h3>
      {entries.length === 0 ? (
        <p>{t('matrix.noEntries')}</p>
      ) : (
        <ul className="evidence-entries">
          {entries.map((e) => (
            <li key={e.id}>
              <p className="entry-code">
                {e.standard === 'hkex'
                  ? t('matrix.entryCode.hkex', e.code)
                  : t('matrix.entryCode.gri', e.code, e.hkex.join(', '))}
              </p>
              <blockquote className="quote" lang="zh-CN">
                {visibleText(e.provenance.quote)}
              </blockquote>
              <p className="entry-source">
                {t('matrix.sourceLine', sourceTitle(e.source), lineRange(e.provenance))}{' '}
                <span className="source-file">({e.source})</span>
              </p>
              {e.mark && <p className="entry-mark">{t('matrix.mark', visibleText(e.mark.text))}</p>}
              {e.citations.length > 0 && (
                <div className="entry-cited">
                  <p className="entry-cited-title">{t('matrix.cited')}</p>
                  <ul>
                    {e.citations.map((c, i) => (
                      <li key={i}>
                        <span lang="zh-CN">「{visibleText(c.section)}」</span>
                        {c.page !== undefined && <> · {t('matrix.page', c.page)}</>} ·{' '}
                        {c.headings.length > 0
                          ? t('matrix.headingAt', c.headings.map((h) => lineRange(h)).join(', '))
                          : t('matrix.headingMissing')}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('matrix.observations')}</h3>
      {observations.length === 0 ? (
        <p>{t('matrix.noObservations')}</p>
      ) : (
        <ul className="evidence-observations">
          {observations.map((o) => (
            <li key={o.id}>
              <MetricLink id={o.metric} name={metricName(o.metric)} /> · {periodLabel(o.period, tr)} ·{' '}
              <strong>{formatObservation(o, tr)}</strong>{' '}
              <button type="button" className="link-button" onClick={() => openProvenance(o.id)}>
                {t('matrix.showSource')}
              </button>
            </li>
          ))}
        </ul>
      )}

      {gaps.length > 0 && (
        <>
          <h3>{t('matrix.gapsTitle')}</h3>
          <ul className="evidence-observations">
            {gaps.map((o) => (
              <li key={o.id}>
                <MetricLink id={o.metric} name={metricName(o.metric)} /> · {periodLabel(o.period, tr)} ·{' '}
                <span className={`gap gap-${o.status}`}>{t(`status.${o.status}`)}</span>
                {o.notes && <span className="gap-note"> {visibleText(tr.pick(o.notes.zh, o.notes.en))}</span>}{' '}
                {o.provenance.length > 0 && (
                  <button type="button" className="link-button" onClick={() => openProvenance(o.id)}>
                    {t('matrix.showSource')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <button type="button" className="back-button" onClick={onClose}>
          {t('matrix.closeEvidence')}
        </button>
      </p>
    </>
  );
}

function MetricLink({ id, name }: { id: string; name: string }) {
  const { t } = useT();
  const href = useHref(`/metric/${id}`);
  return (
    <a href={href} aria-label={t('matrix.metricLink', name)}>
      {name}
    </a>
  );
}
