/** One gap: the item, how many peers disclose it, the peers' evidence, and the company's gap type with its evidence. */
import type { Provenance } from '../../model/schema';
import { formatObservation } from '../../shared/format/format';
import { periodLabel } from '../../shared/format/period';
import { visibleText } from '../../shared/format/visible-text';
import { useT } from '../../shared/i18n/use-t';
import { useHref } from '../../shared/url/links';
import { lineRange, matrixCellHash, StatusBadge } from '../disclosure-matrix/api';
import { openProvenance } from '../provenance/api';
import type { GapItem, OwnCell } from './gap-model';
import { figureQuotes, itemTitle, type ReportNames } from './gap-report';
import '../../shared/ui/evidence.css';

interface Props {
  item: GapItem;
  company: string;
  peerCount: number;
  names: ReportNames;
}

export function GapItemView({ item, company, peerCount, names }: Props) {
  const tr = useT();
  const { t } = tr;
  return (
    <li className="gap-item" data-gap={item.key}>
      <h3>
        {itemTitle(item, tr)} {item.core && <span className="gap-tag gap-tag-core">{t('gaps.core')}</span>}{' '}
        <span className="gap-tag">{item.kind === 'metric' ? t('gaps.kind.metric') : t('gaps.kind.row')}</span>
      </h3>
      <p className="gap-peer-count">
        {t('gaps.peersDisclosing', item.peersDisclosing, peerCount)}
        {item.kind === 'metric' && (
          <>
            {' · '}
            <MetricLink id={item.metric.id} />
          </>
        )}
      </p>
      <div className="gap-columns">
        <section className="gap-peer" aria-label={`${itemTitle(item, tr)}: ${t('gaps.peerEvidence')}`}>
          <h4>{t('gaps.peerEvidence')}</h4>
          <ul>
            {item.kind === 'metric'
              ? item.peers.map((p) => (
                  <li key={p.company}>
                    <strong>{names.company(p.company)}</strong> · {periodLabel(p.observation.period, tr)} ·{' '}
                    <strong>{formatObservation(p.observation, tr)}</strong>{' '}
                    <button type="button" className="link-button" onClick={() => openProvenance(p.observation.id)}>
                      {t('gaps.showSource')}
                    </button>
                    {figureQuotes(p.observation).map((q, i) => (
                      <Quote key={i} p={q} names={names} />
                    ))}
                  </li>
                ))
              : item.peers.map((p) => (
                  <li key={p.company}>
                    <strong>{names.company(p.company)}</strong> <StatusBadge status={p.cell.status} />{' '}
                    <CellLink company={p.company} code={p.cell.code} />
                    {p.entries.map((e) => (
                      <Quote key={e.id} p={e.provenance} names={names} />
                    ))}
                  </li>
                ))}
          </ul>
        </section>
        <section className="gap-own" aria-label={`${itemTitle(item, tr)}: ${names.company(company)}`}>
          <h4>{t('gaps.ownEvidence', names.company(company))}</h4>
          <p className={`gap-type gap-type-${item.own.type}`}>{t(`gaps.t.${item.own.type}`)}</p>
          <ul>
            {item.own.gaps.map((g) => (
              <li key={g.id}>
                {periodLabel(g.period, tr)} · <span className={`gap gap-${g.status}`}>{t(`status.${g.status}`)}</span>
                {g.notes && <span className="gap-note"> {visibleText(tr.pick(g.notes.zh, g.notes.en))}</span>}{' '}
                {g.provenance.length > 0 && (
                  <button type="button" className="link-button" onClick={() => openProvenance(g.id)}>
                    {t('gaps.showSource')}
                  </button>
                )}
                {g.provenance.map((q, i) => (
                  <Quote key={i} p={q} names={names} />
                ))}
              </li>
            ))}
            {item.own.cells.map((c) => (
              <OwnCellView key={c.row.code} own={c} company={company} names={names} alreadyQuoted={item.own.alreadyQuoted} />
            ))}
            {item.own.instead.map((o) => (
              <li key={o.id}>
                {t('gaps.instead', names.metric(o.metric), `${formatObservation(o, tr)} (${periodLabel(o.period, tr)})`)}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </li>
  );
}

interface OwnCellProps {
  own: OwnCell;
  company: string;
  names: ReportNames;
  alreadyQuoted: string[];
}

function OwnCellView({ own, company, names, alreadyQuoted }: OwnCellProps) {
  const tr = useT();
  const { t } = tr;
  return (
    <li>
      {t('gaps.hkexCell', own.row.code, '')}
      <StatusBadge status={own.cell.status} /> <CellLink company={company} code={own.row.code} />
      <p className="gap-cited">{visibleText(tr.pick(own.cell.reason.zh, own.cell.reason.en))}</p>
      {own.entries.map((e) => (
        <div key={e.id}>
          {!alreadyQuoted.includes(e.id) && <Quote p={e.provenance} names={names} />}
          {e.citations.map((c, i) => (
            <p key={i} className="gap-cited">
              {t('report.cited', c.section)}
            </p>
          ))}
        </div>
      ))}
    </li>
  );
}

function Quote({ p, names }: { p: Provenance; names: ReportNames }) {
  const { t } = useT();
  return (
    <figure className="gap-quote">
      <blockquote className="quote" lang="zh-CN">
        {visibleText(p.quote)}
      </blockquote>
      <figcaption>{t('gaps.source', names.source(p.source), lineRange(p))}</figcaption>
    </figure>
  );
}

function MetricLink({ id }: { id: string }) {
  const { t } = useT();
  return <a href={useHref(`/metric/${id}`)}>{t('gaps.metricPage')}</a>;
}

function CellLink({ company, code }: { company: string; code: string }) {
  const { t, lang } = useT();
  return <a href={matrixCellHash(company, code, lang)}>{t('gaps.matrixCell')}</a>;
}
