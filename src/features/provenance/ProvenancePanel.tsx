/**
 * The provenance dialog: for the selected value, the source (title, publisher,
 * date), line numbers, the verbatim quote, and the figure highlighted in a few
 * lines of seed text loaded on demand. Derived values show formula and inputs.
 * Its own chunk, loaded on the first open (ProvenanceDialog.tsx); the frame, focus
 * and Escape are PanelShell's, which stays while this loads. The app makes everything behind the dialog inert
 * while it is open, so focus stays inside.
 */
import type { Metric, Provenance, Source } from '../../model/schema';
import { useDataset, useDatasets, useSeedText } from '../../shared/data/use-datasets';
import { indexObservations } from '../../model/observation-index';
import { formatObservation, formatValue } from '../../shared/format/format';
import { periodLabel } from '../../shared/format/period';
import { visibleText } from '../../shared/format/visible-text';
import { useT, type Translator } from '../../shared/i18n/use-t';
import { LoadError } from '../../shared/ui/LoadError';
import { useLink } from '../../shared/url/links';
import { sourceLink } from '../source-reader/api';
import { seedContext } from './seed-context';
import '../../shared/ui/evidence.css';
import './provenance-panel.css';
import '../../shared/i18n/messages/evidence';

/** The panel's content for one observation, inside the dialog frame (PanelShell, ProvenanceDialog.tsx); its own chunk. */
export default function ProvenancePanel({ id }: { id: string }) {
  const tr = useT();
  const { t } = tr;
  const data = useDatasets(['observations', 'metrics', 'companies']);
  const sources = useDataset('sources');

  const ready = data.status === 'ready' ? data.data : null;
  const observation = ready ? indexObservations(ready.observations).byId.get(id) : undefined;
  const metricOf = (mid: string) => ready?.metrics.find((m) => m.id === mid);
  const metric = observation ? metricOf(observation.metric) : undefined;
  const company = ready?.companies.find((c) => c.id === observation?.company);
  const sourceList = sources.status === 'ready' ? sources.data.sources : undefined;
  const note = observation?.notes ? tr.pick(observation.notes.zh, observation.notes.en) : observation?.note;

  return (
    <>
      {data.status === 'error' && <LoadError error={data.error} onRetry={data.retry} />}
      {sources.status === 'error' && <LoadError error={sources.error} onRetry={sources.retry} />}
      {ready && !observation && <p>{t('prov.notFound')}</p>}
      {observation && (
        <>
          <p className="panel-summary">
            <strong>{company ? tr.pick(company.shortZh, company.shortEn) : observation.company}</strong> ·{' '}
            {metric ? tr.pick(metric.nameZh, metric.nameEn) : observation.metric} · {periodLabel(observation.period, tr)} ·{' '}
            <span className="panel-value">
              {observation.value !== null ? formatObservation(observation, tr) : t(`status.${observation.status}`)}
            </span>
          </p>
          {observation.value !== null && observation.qualifier !== 'exact' && (
            <p className="panel-qualifier">
              {t('col.qualifier')}: {t(`qualifier.${observation.qualifier}`)}
            </p>
          )}
          {note && (
            <p className="panel-note" lang={observation.notes ? tr.lang : 'en'}>
              {visibleText(note)}
            </p>
          )}
          {observation.derivation && (
            <section>
              <h3>{t('prov.formula')}</h3>
              <p>
                <code>{observation.derivation.formula}</code>
              </p>
              <h3>{t('prov.inputs')}</h3>
              {observation.derivation.inputs.map((input) => (
                <div key={`${input.metric}-${input.period}`} className="derivation-input">
                  <p>
                    {inputLabel(metricOf(input.metric), input.metric, tr)} · {periodLabel(input.period, tr)} ·{' '}
                    {inputValue(metricOf(input.metric), input.value, tr)}
                  </p>
                  {input.provenance.map((p, i) => (
                    <ProvenanceItem key={i} item={p} tr={tr} sources={sourceList} />
                  ))}
                </div>
              ))}
            </section>
          )}
          {observation.provenance.map((p, i) => (
            <ProvenanceItem key={i} item={p} tr={tr} sources={sourceList} />
          ))}
          {observation.provenance.length === 0 && !observation.derivation && <p>{t('prov.noSource')}</p>}
          {observation.corroborations && observation.corroborations.length > 0 && (
            <section>
              <h3>{t('prov.corroborations')}</h3>
              {observation.corroborations.map((p, i) => (
                <ProvenanceItem key={i} item={p} tr={tr} sources={sourceList} />
              ))}
            </section>
          )}
        </>
      )}
    </>
  );
}

function inputLabel(metric: Metric | undefined, id: string, tr: Translator): string {
  return metric ? tr.pick(metric.nameZh, metric.nameEn) : id;
}

function inputValue(metric: Metric | undefined, value: number, tr: Translator): string {
  return metric ? formatValue(value, metric.unit, tr) : String(value);
}

function ProvenanceItem({ item, tr, sources }: { item: Provenance; tr: Translator; sources: Source[] | undefined }) {
  const { t } = tr;
  const source = sources?.find((s) => s.id === item.source);
  const seed = useSeedText(item.source);
  const link = useLink();
  const lines = item.lineEnd && item.lineEnd !== item.line ? `${item.line}–${item.lineEnd}` : `${item.line}`;
  return (
    <section className="provenance-item">
      <h3>{t(`role.${item.role}`)}</h3>
      <dl>
        <dt>{t('prov.source')}</dt>
        <dd>
          {source ? source.title : item.source}
          {source?.companySupplied && source.kind === 'news' && <span className="tag"> {t('prov.companySupplied')}</span>}
        </dd>
        {source && (
          <>
            <dt>{t('prov.publisher')}</dt>
            <dd>{source.publisher}</dd>
            <dt>{t('prov.published')}</dt>
            <dd>{source.date}</dd>
          </>
        )}
        <dt>{t('prov.lines')}</dt>
        <dd>
          <code>{item.source}</code> : {lines}
        </dd>
      </dl>
      <p className="read-in-source">
        <a href={link(...sourceLink(item))}>{t('prov.readInSource', lines)}</a>
      </p>
      <blockquote className="quote" lang="zh">
        {visibleText(item.quote)}
      </blockquote>
      {seed.isError && <LoadError error={seed.error} onRetry={() => void seed.refetch()} />}
      {seed.data && (
        <div className="seed-context" role="group" aria-label={t('prov.context')} lang="zh">
          {seedContext(seed.data, item).map((line) => (
            <div key={line.n} className="seed-line">
              <span className="line-no">{line.n}</span>
              <span className="line-text">
                {line.segments.map((s, i) =>
                  s.mark ? <mark key={i}>{visibleText(s.text)}</mark> : <span key={i}>{visibleText(s.text)}</span>,
                )}
              </span>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
