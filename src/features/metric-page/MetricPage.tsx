/**
 * A metric's own page: definition in our words, unit, basis, direction and
 * standards codes; every company's values across all sources and dates; the
 * values the compiler normalised; the conflicts and corroborations between
 * sources; every caveat with its grade and grounds; and the typed gaps. Every
 * value opens its provenance and every source line links into the source reader.
 */
import { useId, useMemo } from 'react';
import type { Caveat, Company, Conflict, Metric, Observation, Provenance, Source } from '../../model/schema';
import { formatObservation, formatValue, unitText } from '../../shared/format/format';
import { periodLabel } from '../../shared/format/period';
import { visibleText } from '../../shared/format/visible-text';
import type { Translator } from '../../shared/i18n/use-t';
import type { SourceLocation } from '../source-reader/api';
import { metricPageModel } from './metric-page-model';
import './metric-page.css';
import '../../shared/i18n/messages/evidence';

export interface MetricPageProps {
  metric: Metric;
  companies: Company[];
  /** Observations of any metric; the page keeps this metric's (all companies, sources, dates). */
  observations: Observation[];
  conflicts: Conflict[];
  caveats: Caveat[];
  sources: Source[];
  tr: Translator;
  onOpenProvenance: (observationId: string) => void;
  /** The link that opens the source reader at a location. */
  sourceHref: (at: SourceLocation) => string;
}

const companyName = (c: Company | undefined, id: string, tr: Translator) => (c ? tr.pick(c.shortZh, c.shortEn) : id);

export function MetricPage(props: MetricPageProps) {
  const { metric, companies, observations, conflicts, caveats, tr } = props;
  const { t } = tr;
  const headingId = useId();
  const model = useMemo(
    () => metricPageModel(metric.id, companies, observations, conflicts, caveats),
    [metric.id, companies, observations, conflicts, caveats],
  );
  const codes = [
    [t('mp.hkex'), metric.crosswalk.hkex],
    [t('mp.gri'), metric.crosswalk.gri],
    [t('mp.sasb'), metric.crosswalk.sasb],
  ] as const;

  return (
    <article className="metric-page" aria-labelledby={headingId}>
      <header>
        <h2 id={headingId}>
          {tr.pick(metric.nameZh, metric.nameEn)}{' '}
          <span className="mp-other-name" lang={tr.otherLang}>
            {tr.other(metric.nameZh, metric.nameEn)}
          </span>
        </h2>
        <dl className="mp-facts">
          <dt>{t('mp.definition')}</dt>
          <dd>{tr.pick(metric.definitionZh, metric.definitionEn)}</dd>
          <dt>{t('mp.unit')}</dt>
          <dd>{unitText(metric.unit, tr.lang) || metric.unit}</dd>
          <dt>{t('mp.basis')}</dt>
          <dd>{t(`basis.${metric.basis}`)}</dd>
          <dt>{t('mp.better')}</dt>
          <dd>{t(metric.better === null ? 'better.none' : `better.${metric.better}`)}</dd>
          <dt>{t('crosswalk')}</dt>
          <dd>
            <ul className="mp-codes">
              {codes.map(([label, list]) => (
                <li key={label}>
                  {label}: {list.length > 0 ? list.join(', ') : t('mp.crosswalkNone')}
                </li>
              ))}
            </ul>
          </dd>
        </dl>
      </header>

      {model.series.map((s) => (
        <SeriesTable
          key={s.company.id}
          {...props}
          company={s.company}
          series={s.observations}
          caveatNumber={model.caveatNumber}
        />
      ))}

      {model.normalised.length > 0 && <NormalisedTable {...props} list={model.normalised} />}

      {model.conflicts.length > 0 && (
        <section aria-labelledby={`${headingId}-conflicts`}>
          <h3 id={`${headingId}-conflicts`}>{t('mp.conflictsTitle', model.conflicts.length)}</h3>
          {model.conflicts.map((c) => (
            <ConflictTable key={c.id} conflict={c} {...props} />
          ))}
        </section>
      )}

      <section aria-labelledby={`${headingId}-caveats`}>
        <h3 id={`${headingId}-caveats`}>{t('mp.caveatsTitle', model.caveats.length)}</h3>
        {model.caveats.length === 0 ? (
          <p>{t('mp.caveatsNone')}</p>
        ) : (
          <ol className="mp-caveats">
            {model.caveats.map(({ n, caveat }) => (
              <li key={caveat.id} value={n}>
                <p>
                  <span className={`mp-grade mp-grade--${caveat.grade}`}>
                    {t('mp.grade')}: {t(`grade.${caveat.grade}`)}
                  </span>{' '}
                  {visibleText(tr.pick(caveat.textZh, caveat.textEn))}
                </p>
                <p className="mp-citations-label">{t('mp.citations')}</p>
                <ul className="mp-citations">
                  {caveat.citations.map((p, i) => (
                    <li key={i}>
                      <SourceLink at={p} {...props} />
                      <blockquote lang="zh">{visibleText(p.quote)}</blockquote>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby={`${headingId}-gaps`}>
        <h3 id={`${headingId}-gaps`}>{t('mp.gapsTitle', model.gaps.length)}</h3>
        {model.gaps.length === 0 ? (
          <p>{t('mp.gapsNone')}</p>
        ) : (
          <ul className="mp-gaps">
            {model.gaps.map((o) => (
              <li key={o.id}>
                <strong>
                  {companyName(
                    companies.find((c) => c.id === o.company),
                    o.company,
                    tr,
                  )}
                </strong>{' '}
                · {periodLabel(o.period, tr)} ·{' '}
                <span className={`mp-status mp-status--${o.status}`}>{t(`status.${o.status}`)}</span>
                <Note observation={o} tr={tr} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

/** The value as shown (with qualifier and per-unit), or its typed gap. */
function shownValue(o: Observation, tr: Translator): string {
  return o.value !== null ? formatObservation(o, tr) : tr.t(`status.${o.status}`);
}

function SeriesTable({
  company,
  series,
  caveatNumber,
  metric,
  tr,
  onOpenProvenance,
  ...rest
}: MetricPageProps & { company: Company; series: Observation[]; caveatNumber: Map<string, number> }) {
  const { t } = tr;
  const headingId = useId();
  const name = tr.pick(company.shortZh, company.shortEn);
  return (
    <section aria-labelledby={headingId} className="mp-series">
      <h3 id={headingId}>
        <span className="mp-swatch" style={{ background: company.color }} aria-hidden="true" />
        {t('mp.seriesTitle', name)}
      </h3>
      {series.length === 0 ? (
        <p>{t('mp.noObservations')}</p>
      ) : (
        <div className="mp-table-wrap">
          <table>
            <caption className="mp-visually-hidden">{t('mp.seriesCaption', name, tr.pick(metric.nameZh, metric.nameEn))}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col.period')}</th>
                <th scope="col">{t('col.value')}</th>
                <th scope="col">{t('col.status')}</th>
                <th scope="col">{t('mp.colSource')}</th>
                <th scope="col">{t('mp.colNotes')}</th>
              </tr>
            </thead>
            <tbody>
              {series.map((o) => {
                const shown = shownValue(o, tr);
                const located = o.provenance.filter((p) => p.role === 'value' || p.role === 'index_claim');
                return (
                  <tr key={o.id} data-observation={o.id}>
                    <th scope="row">{periodLabel(o.period, tr)}</th>
                    <td>
                      <button
                        type="button"
                        className="mp-value"
                        aria-label={t('mp.openProvenance', shown)}
                        onClick={() => onOpenProvenance(o.id)}
                      >
                        {shown}
                      </button>
                    </td>
                    <td>
                      <span className={`mp-status mp-status--${o.status}`}>{t(`status.${o.status}`)}</span>
                    </td>
                    <td>
                      <ul className="mp-sources">
                        {located.map((p, i) => (
                          <li key={i}>
                            <SourceLink at={p} tr={tr} {...rest} />
                          </li>
                        ))}
                        {o.derivation?.inputs.flatMap((input) =>
                          input.provenance
                            .filter((p) => p.role === 'value')
                            .map((p, i) => (
                              <li key={`${input.metric}-${input.period}-${i}`}>
                                <SourceLink at={p} tr={tr} {...rest} />
                              </li>
                            )),
                        )}
                      </ul>
                      {o.corroborations && o.corroborations.length > 0 && (
                        <>
                          <p className="mp-also">{t('mp.alsoStated')}</p>
                          <ul className="mp-sources">
                            {o.corroborations.map((p, i) => (
                              <li key={i}>
                                <SourceLink at={p} tr={tr} {...rest} />
                              </li>
                            ))}
                          </ul>
                        </>
                      )}
                    </td>
                    <td>
                      {o.caveats.map((id) =>
                        caveatNumber.has(id) ? (
                          <span key={id} className="mp-caveat-ref">
                            [{caveatNumber.get(id)}]
                            <span className="mp-visually-hidden"> {t('mp.caveatRef', caveatNumber.get(id)!)}</span>
                          </span>
                        ) : null,
                      )}
                      <Note observation={o} tr={tr} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The compiler's normalised values (per employee, per revenue): value, and the link to its formula and inputs. */
function NormalisedTable({ list, companies, tr, onOpenProvenance }: MetricPageProps & { list: Observation[] }) {
  const { t } = tr;
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="mp-series">
      <h3 id={headingId}>{t('mp.normalisedTitle')}</h3>
      <div className="mp-table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('col.company')}</th>
              <th scope="col">{t('col.period')}</th>
              <th scope="col">{t('norm.label')}</th>
              <th scope="col">{t('col.value')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((o) => {
              const shown = shownValue(o, tr);
              return (
                <tr key={o.id} data-observation={o.id}>
                  <th scope="row">
                    {companyName(
                      companies.find((c) => c.id === o.company),
                      o.company,
                      tr,
                    )}
                  </th>
                  <td>{periodLabel(o.period, tr)}</td>
                  <td>{t(`norm.${o.per!}`)}</td>
                  <td>
                    <button
                      type="button"
                      className="mp-value"
                      aria-label={t('mp.openProvenance', shown)}
                      onClick={() => onOpenProvenance(o.id)}
                    >
                      {shown}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ConflictTable({ conflict, companies, metric, tr, ...rest }: MetricPageProps & { conflict: Conflict }) {
  const { t } = tr;
  const name = companyName(
    companies.find((c) => c.id === conflict.company),
    conflict.company,
    tr,
  );
  return (
    <div className="mp-conflict" data-conflict={conflict.id}>
      <p>{visibleText(tr.pick(conflict.reason.zh, conflict.reason.en))}</p>
      <table>
        <caption>{t('mp.conflictCaption', name, periodLabel(conflict.period, tr))}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mp.colStatement')}</th>
            <th scope="col">{t('col.value')}</th>
            <th scope="col">{t('mp.colSource')}</th>
          </tr>
        </thead>
        <tbody>
          {conflict.statements.map((s, i) => (
            <tr key={i}>
              <th scope="row">{i === 0 ? t('mp.conflictEmitted') : t('mp.conflictOther')}</th>
              <td>{formatValue(s.value, metric.unit, tr, { qualifier: s.qualifier })}</td>
              <td>
                <ul className="mp-sources">
                  {s.provenance
                    .filter((p) => p.role === 'value')
                    .map((p, k) => (
                      <li key={k}>
                        <SourceLink at={p} tr={tr} {...rest} />
                      </li>
                    ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SourceLink({
  at,
  sources,
  tr,
  sourceHref,
}: Pick<MetricPageProps, 'sources' | 'tr' | 'sourceHref'> & { at: Provenance }) {
  const source = sources.find((s) => s.id === at.source);
  const short = source ? `${source.publisher} ${source.date}` : at.source;
  const lines = at.lineEnd && at.lineEnd !== at.line ? `${at.line}–${at.lineEnd}` : String(at.line);
  return (
    <a
      className="mp-source"
      href={sourceHref({ source: at.source, line: at.line, lineEnd: at.lineEnd, quote: at.quote })}
      aria-label={tr.t('mp.openSource', source?.title ?? at.source, lines)}
    >
      {tr.t('mp.sourceLine', short, lines)}
    </a>
  );
}

function Note({ observation: o, tr }: { observation: Observation; tr: Translator }) {
  const text = o.notes ? tr.pick(o.notes.zh, o.notes.en) : o.note;
  if (!text) return null;
  // an English-only note stays marked as English on the Chinese page
  return (
    <p className="mp-note" lang={o.notes ? undefined : 'en'}>
      {visibleText(text)}
    </p>
  );
}
