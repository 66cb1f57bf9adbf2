/**
 * A metric's own page: definition in our words, unit, basis, direction and
 * standards codes; every company's values across all sources and dates; the
 * conflicts and corroborations between sources; every caveat with its grade and
 * grounds; and the typed gaps. Every value and quote links to its provenance.
 */
import { useId, useMemo } from 'react';
import type { Caveat, Company, Conflict, Metric, Observation, Provenance, Source } from '../../model/schema';
import { formatValue, periodLabel, unitText } from '../../shared/format';
import type { Lang } from '../../shared/i18n';
import { visibleText } from '../../shared/visible-text';
import { fill, type MetricPageMessages } from './messages';
import { metricPageModel } from './metric-page-model';
import './metric-page.css';

/** Where to open the source reader: a seed, its line(s), the quote to highlight. */
export type SourceLocation = Pick<Provenance, 'source' | 'line' | 'lineEnd' | 'quote'>;

export interface MetricPageProps {
  metric: Metric;
  companies: Company[];
  /** Observations of any metric; the page keeps this metric's (all companies, sources, dates). */
  observations: Observation[];
  conflicts: Conflict[];
  caveats: Caveat[];
  sources: Source[];
  lang: Lang;
  messages: MetricPageMessages;
  onOpenProvenance: (observationId: string) => void;
  onOpenSource: (at: SourceLocation) => void;
}

export function MetricPage(props: MetricPageProps) {
  const { metric, companies, observations, conflicts, caveats, lang, messages: m } = props;
  const headingId = useId();
  const model = useMemo(
    () => metricPageModel(metric.id, companies, observations, conflicts, caveats),
    [metric.id, companies, observations, conflicts, caveats],
  );
  const name = lang === 'zh' ? metric.nameZh : metric.nameEn;
  const otherName = lang === 'zh' ? metric.nameEn : metric.nameZh;
  const codes = [
    [m.hkex, metric.crosswalk.hkex],
    [m.gri, metric.crosswalk.gri],
    [m.sasb, metric.crosswalk.sasb],
  ] as const;

  return (
    <article className="metric-page" aria-labelledby={headingId}>
      <header>
        <h2 id={headingId}>
          {name}{' '}
          <span className="mp-other-name" lang={lang === 'zh' ? 'en' : 'zh'}>
            {otherName}
          </span>
        </h2>
        <dl className="mp-facts">
          <dt>{m.definition}</dt>
          <dd>{lang === 'zh' ? metric.definitionZh : metric.definitionEn}</dd>
          <dt>{m.unit}</dt>
          <dd>{unitText(metric.unit, lang) || metric.unit}</dd>
          <dt>{m.basis}</dt>
          <dd>{m[`basis_${metric.basis}`]}</dd>
          <dt>{m.better}</dt>
          <dd>{metric.better === null ? m.better_none : m[`better_${metric.better}`]}</dd>
          <dt>{m.crosswalk}</dt>
          <dd>
            <ul className="mp-codes">
              {codes.map(([label, list]) => (
                <li key={label}>
                  {label}: {list.length > 0 ? list.join(', ') : m.crosswalkNone}
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

      {model.conflicts.length > 0 && (
        <section aria-labelledby={`${headingId}-conflicts`}>
          <h3 id={`${headingId}-conflicts`}>{fill(m.conflictsTitle, { count: model.conflicts.length })}</h3>
          {model.conflicts.map((c) => (
            <ConflictTable key={c.id} conflict={c} {...props} />
          ))}
        </section>
      )}

      <section aria-labelledby={`${headingId}-caveats`}>
        <h3 id={`${headingId}-caveats`}>{fill(m.caveatsTitle, { count: model.caveats.length })}</h3>
        {model.caveats.length === 0 ? (
          <p>{m.caveatsNone}</p>
        ) : (
          <ol className="mp-caveats">
            {model.caveats.map(({ n, caveat }) => (
              <li key={caveat.id} value={n}>
                <p>
                  <span className={`mp-grade mp-grade--${caveat.grade}`}>
                    {m.grade}: {m[`grade_${caveat.grade}`]}
                  </span>{' '}
                  {visibleText(lang === 'zh' ? caveat.textZh : caveat.textEn)}
                </p>
                <p className="mp-citations-label">{m.citations}</p>
                <ul className="mp-citations">
                  {caveat.citations.map((p, i) => (
                    <li key={i}>
                      <SourceButton at={p} {...props} />
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
        <h3 id={`${headingId}-gaps`}>{fill(m.gapsTitle, { count: model.gaps.length })}</h3>
        {model.gaps.length === 0 ? (
          <p>{m.gapsNone}</p>
        ) : (
          <ul className="mp-gaps">
            {model.gaps.map((o) => {
              const company = companies.find((c) => c.id === o.company);
              return (
                <li key={o.id}>
                  <strong>{company ? (lang === 'zh' ? company.shortZh : company.shortEn) : o.company}</strong> ·{' '}
                  {periodLabel(o.period, lang)} ·{' '}
                  <span className={`mp-status mp-status--${o.status}`}>{m[`status_${o.status}`]}</span>
                  <Note observation={o} lang={lang} />
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </article>
  );
}

function SeriesTable({
  company,
  series,
  caveatNumber,
  metric,
  lang,
  messages: m,
  onOpenProvenance,
  ...rest
}: MetricPageProps & { company: Company; series: Observation[]; caveatNumber: Map<string, number> }) {
  const headingId = useId();
  const companyName = lang === 'zh' ? company.shortZh : company.shortEn;
  const metricName = lang === 'zh' ? metric.nameZh : metric.nameEn;
  return (
    <section aria-labelledby={headingId} className="mp-series">
      <h3 id={headingId}>
        <span className="mp-swatch" style={{ background: company.color }} aria-hidden="true" />
        {fill(m.seriesTitle, { company: companyName })}
      </h3>
      {series.length === 0 ? (
        <p>{m.noObservations}</p>
      ) : (
        <div className="mp-table-wrap">
          <table>
            <caption className="mp-visually-hidden">
              {fill(m.seriesCaption, { company: companyName, metric: metricName })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{m.colPeriod}</th>
                <th scope="col">{m.colValue}</th>
                <th scope="col">{m.colStatus}</th>
                <th scope="col">{m.colSource}</th>
                <th scope="col">{m.colNotes}</th>
              </tr>
            </thead>
            <tbody>
              {series.map((o) => {
                const shown = o.value !== null ? formatValue(o.value, o.unit, lang, o.qualifier) : m[`status_${o.status}`];
                const located = o.provenance.filter((p) => p.role === 'value' || p.role === 'index_claim');
                return (
                  <tr key={o.id} data-observation={o.id}>
                    <th scope="row">{periodLabel(o.period, lang)}</th>
                    <td>
                      <button
                        type="button"
                        className="mp-value"
                        aria-label={fill(m.openProvenance, { value: shown })}
                        onClick={() => onOpenProvenance(o.id)}
                      >
                        {shown}
                      </button>
                    </td>
                    <td>
                      <span className={`mp-status mp-status--${o.status}`}>{m[`status_${o.status}`]}</span>
                    </td>
                    <td>
                      <ul className="mp-sources">
                        {located.map((p, i) => (
                          <li key={i}>
                            <SourceButton at={p} lang={lang} messages={m} {...rest} />
                          </li>
                        ))}
                        {o.derivation?.inputs.flatMap((input) =>
                          input.provenance
                            .filter((p) => p.role === 'value')
                            .map((p, i) => (
                              <li key={`${input.metric}-${input.period}-${i}`}>
                                <SourceButton at={p} lang={lang} messages={m} {...rest} />
                              </li>
                            )),
                        )}
                      </ul>
                      {o.corroborations && o.corroborations.length > 0 && (
                        <>
                          <p className="mp-also">{m.alsoStated}</p>
                          <ul className="mp-sources">
                            {o.corroborations.map((p, i) => (
                              <li key={i}>
                                <SourceButton at={p} lang={lang} messages={m} {...rest} />
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
                            <span className="mp-visually-hidden"> {fill(m.caveatRef, { n: caveatNumber.get(id)! })}</span>
                          </span>
                        ) : null,
                      )}
                      <Note observation={o} lang={lang} />
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

function ConflictTable({ conflict, companies, metric, lang, messages: m, ...rest }: MetricPageProps & { conflict: Conflict }) {
  const company = companies.find((c) => c.id === conflict.company);
  const companyName = company ? (lang === 'zh' ? company.shortZh : company.shortEn) : conflict.company;
  return (
    <div className="mp-conflict" data-conflict={conflict.id}>
      <p>{visibleText(conflict.reason[lang])}</p>
      <table>
        <caption>{fill(m.conflictCaption, { company: companyName, period: periodLabel(conflict.period, lang) })}</caption>
        <thead>
          <tr>
            <th scope="col">{m.colStatement}</th>
            <th scope="col">{m.colValue}</th>
            <th scope="col">{m.colSource}</th>
          </tr>
        </thead>
        <tbody>
          {conflict.statements.map((s, i) => (
            <tr key={i}>
              <th scope="row">{i === 0 ? m.conflictEmitted : m.conflictOther}</th>
              <td>{formatValue(s.value, metric.unit, lang, s.qualifier)}</td>
              <td>
                <ul className="mp-sources">
                  {s.provenance
                    .filter((p) => p.role === 'value')
                    .map((p, k) => (
                      <li key={k}>
                        <SourceButton at={p} lang={lang} messages={m} {...rest} />
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

function SourceButton({
  at,
  sources,
  messages: m,
  onOpenSource,
}: Pick<MetricPageProps, 'sources' | 'messages' | 'onOpenSource'> & { at: Provenance; lang?: Lang }) {
  const source = sources.find((s) => s.id === at.source);
  const short = source ? `${source.publisher} ${source.date}` : at.source;
  const lines = at.lineEnd && at.lineEnd !== at.line ? `${at.line}–${at.lineEnd}` : String(at.line);
  return (
    <button
      type="button"
      className="mp-source"
      aria-label={fill(m.openSource, { source: source?.title ?? at.source, line: lines })}
      onClick={() => onOpenSource({ source: at.source, line: at.line, lineEnd: at.lineEnd, quote: at.quote })}
    >
      {fill(m.sourceLine, { source: short, line: lines })}
    </button>
  );
}

function Note({ observation: o, lang }: { observation: Observation; lang: Lang }) {
  const text = o.notes?.[lang] ?? o.note;
  if (!text) return null;
  // an English-only note stays marked as English on the Chinese page
  return (
    <p className="mp-note" lang={o.notes ? undefined : 'en'}>
      {visibleText(text)}
    </p>
  );
}
