/**
 * The provenance dialog: for the selected value, the source (title, publisher,
 * date), line numbers, the verbatim quote, and the figure highlighted in a few
 * lines of seed text loaded on demand. Derived values show formula and inputs.
 */
import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQuery, useManifest, useSeedText } from '../datasets/dataset-queries';
import { useUiStore } from '../../shared/ui-store';
import { formatValue, periodLabel } from '../../shared/format';
import { STATUS_LABEL, t, type Lang } from '../../shared/i18n';
import { LoadError } from '../../shared/LoadError';
import { seedContext } from './seed-context';
import { visibleText } from '../../shared/visible-text';
import { findObservation } from './find-observation';
import type { Provenance, Source } from '../../model/schema';

export function ProvenancePanel() {
  const id = useUiStore((s) => s.provenance);
  const close = useUiStore((s) => s.closeProvenance);
  const lang = useUiStore((s) => s.lang);
  const manifest = useManifest();
  const observations = useQuery(datasetQuery('observations', manifest.data));
  const metrics = useQuery(datasetQuery('metrics', manifest.data));
  const companies = useQuery(datasetQuery('companies', manifest.data));
  const caveats = useQuery(datasetQuery('caveats', manifest.data));
  const sources = useQuery({ ...datasetQuery('sources', manifest.data), enabled: id !== null && manifest.data !== undefined });
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (id === null) return;
    const previous = document.activeElement as HTMLElement | null;
    dialog.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      previous?.focus?.();
    };
  }, [id, close]);

  if (id === null) return null;
  const observation =
    observations.data && metrics.data && caveats.data
      ? findObservation(id, observations.data, metrics.data, caveats.data)
      : undefined;
  const metric = metrics.data?.find((m) => m.id === observation?.metric);
  const company = companies.data?.find((c) => c.id === observation?.company);
  const title = lang === 'zh' ? '数据出处' : 'Where this number comes from';

  return (
    <div className="panel-backdrop" onClick={close}>
      <div
        className="provenance-panel"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        tabIndex={-1}
        ref={dialog}
        onClick={(e) => e.stopPropagation()}
      >
        <div className="panel-head">
          <h2>{title}</h2>
          <button type="button" className="close" onClick={close}>
            {t('close', lang)}
          </button>
        </div>
        {sources.isError && <LoadError error={sources.error} onRetry={() => void sources.refetch()} lang={lang} />}
        {!observation && observations.data && (
          <p>{lang === 'zh' ? '找不到该数值。' : 'This value was not found in the dataset.'}</p>
        )}
        {observation && (
          <>
            <p className="panel-summary">
              <strong>{company ? (lang === 'zh' ? company.shortZh : company.shortEn) : observation.company}</strong> ·{' '}
              {metric ? (lang === 'zh' ? metric.nameZh : metric.nameEn) : observation.metric} ·{' '}
              {periodLabel(observation.period, lang)} ·{' '}
              <span className="panel-value">
                {observation.value !== null
                  ? formatValue(observation.value, observation.unit, lang, observation.qualifier)
                  : STATUS_LABEL[observation.status][lang]}
              </span>
            </p>
            {observation.note && <p className="panel-note">{visibleText(observation.note)}</p>}
            {observation.derivation && (
              <section>
                <h3>{t('formula', lang)}</h3>
                <p>
                  <code>{observation.derivation.formula}</code>
                </p>
                <h3>{t('inputs', lang)}</h3>
                {observation.derivation.inputs.map((input) => (
                  <div key={`${input.metric}-${input.period}`} className="derivation-input">
                    <p>
                      {metrics.data?.find((m) => m.id === input.metric)?.[lang === 'zh' ? 'nameZh' : 'nameEn'] ?? input.metric} ·{' '}
                      {periodLabel(input.period, lang)} · {input.value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US')}
                    </p>
                    {input.provenance.map((p, i) => (
                      <ProvenanceItem key={i} item={p} lang={lang} sources={sources.data} />
                    ))}
                  </div>
                ))}
              </section>
            )}
            {observation.provenance.map((p, i) => (
              <ProvenanceItem key={i} item={p} lang={lang} sources={sources.data} />
            ))}
            {observation.provenance.length === 0 && !observation.derivation && (
              <p>
                {lang === 'zh'
                  ? '没有来源文本：该公司资料中未找到此指标。'
                  : 'No source text: no source of this company gives this metric.'}
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}

function ProvenanceItem({ item, lang, sources }: { item: Provenance; lang: Lang; sources: Source[] | undefined }) {
  const source = sources?.find((s) => s.id === item.source);
  const seed = useSeedText(item.source);
  const lines = item.lineEnd && item.lineEnd !== item.line ? `${item.line}–${item.lineEnd}` : `${item.line}`;
  return (
    <section className="provenance-item">
      <h3>{roleLabel(item.role, lang)}</h3>
      <dl>
        <dt>{t('source', lang)}</dt>
        <dd>
          {source ? source.title : item.source}
          {source?.companySupplied && source.kind === 'news' && <span className="tag"> {t('companySupplied', lang)}</span>}
        </dd>
        {source && (
          <>
            <dt>{t('publisher', lang)}</dt>
            <dd>{source.publisher}</dd>
            <dt>{t('published', lang)}</dt>
            <dd>{source.date}</dd>
          </>
        )}
        <dt>{t('lines', lang)}</dt>
        <dd>
          <code>{item.source}</code> : {lines}
        </dd>
      </dl>
      <blockquote className="quote" lang="zh">
        {visibleText(item.quote)}
      </blockquote>
      {seed.isError && <LoadError error={seed.error} onRetry={() => void seed.refetch()} lang={lang} />}
      {seed.data && (
        <div className="seed-context" aria-label={t('context', lang)}>
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

function roleLabel(role: Provenance['role'], lang: Lang): string {
  const labels: Record<Provenance['role'], [string, string]> = {
    value: ['数值', 'The figure'],
    label: ['标签', 'Its label'],
    unit: ['单位', 'Its unit'],
    index_claim: ['报告索引声称', "The report's index claims"],
    context: ['所在表格', 'Table header'],
  };
  return labels[role][lang === 'zh' ? 0 : 1];
}
