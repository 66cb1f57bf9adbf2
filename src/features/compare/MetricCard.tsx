/**
 * One metric card, OWID-style sandwich: header (name, comparability in words,
 * controls), body (per-company values, chart or table), footer (numbered notes).
 */
import type { CardModel, GradeReason } from './card-model';
import { CompanyValues } from './CompanyValues';
import { MetricChart } from './MetricChart';
import { MetricTable } from './MetricTable';
import type { Refusal } from '../../shared/normalise';
import type { CardView, Normalisation } from '../../shared/ui-store';
import { GRADE_LABEL, t, type Lang } from '../../shared/i18n';

interface Props {
  model: CardModel;
  lang: Lang;
  view: CardView;
  normalisation: Normalisation;
  refusals: Refusal[];
  onViewChange: (view: CardView) => void;
  onNormalisationChange?: (n: Normalisation) => void;
  onOpen: (observationId: string) => void;
}

function reasonText(r: GradeReason, lang: Lang): string {
  const name = (c: { shortZh: string; shortEn: string }) => (lang === 'zh' ? c.shortZh : c.shortEn);
  if (r.kind === 'single') {
    if (!r.company) return lang === 'zh' ? '两家公司均未披露可比数值。' : 'Neither company discloses a comparable value.';
    return lang === 'zh'
      ? `仅${name(r.company)}披露了该指标，无法对比。`
      : `Only ${name(r.company)} discloses this metric; there is nothing to compare it with.`;
  }
  if (r.kind === 'alternate') {
    return lang === 'zh'
      ? `${name(r.company)}未披露此指标，只披露了“${r.metric.nameZh}”，两者口径不同，不能并列比较。`
      : `${name(r.company)} does not disclose this metric, only “${r.metric.nameEn}”, which measures something else; the two must not be compared.`;
  }
  return lang === 'zh' ? r.caveat.textZh : r.caveat.textEn;
}

const SUFFIX: Record<Normalisation, Record<Lang, string>> = {
  absolute: { zh: '', en: '' },
  per_employee: { zh: '/人', en: ' per employee' },
  per_revenue: { zh: '/亿元营收', en: ' per RMB 100m revenue' },
};

export function MetricCard({ model, lang, view, normalisation, refusals, onViewChange, onNormalisationChange, onOpen }: Props) {
  const m = model.metric;
  const titleId = `card-title-${m.id}`;
  const unitSuffix = SUFFIX[normalisation][lang];
  return (
    <article className={`metric-card grade-${model.grade}`} aria-labelledby={titleId} data-metric={m.id}>
      <header className="card-header">
        <h3 id={titleId}>
          {lang === 'zh' ? m.nameZh : m.nameEn}
          <span className="card-subtitle">{lang === 'zh' ? m.nameEn : m.nameZh}</span>
        </h3>
        <p className={`grade-badge grade-${model.grade}`}>{GRADE_LABEL[model.grade][lang]}</p>
        {model.reasons.length > 0 && model.grade !== 'comparable' && (
          <p className="grade-reason">{reasonText(model.reasons[0]!, lang)}</p>
        )}
        <div className="card-controls">
          <div role="group" aria-label={lang === 'zh' ? '视图' : 'View'} className="segmented">
            {(['chart', 'table'] as const).map((v) => (
              <button key={v} type="button" aria-pressed={view === v} onClick={() => onViewChange(v)}>
                {t(v, lang)}
              </button>
            ))}
          </div>
          {onNormalisationChange && (
            <div role="group" aria-label={lang === 'zh' ? '换算' : 'Normalise'} className="segmented">
              {(['absolute', 'per_employee', 'per_revenue'] as const).map((n) => (
                <button key={n} type="button" aria-pressed={normalisation === n} onClick={() => onNormalisationChange(n)}>
                  {t(n === 'absolute' ? 'absolute' : n === 'per_employee' ? 'perEmployee' : 'perRevenue', lang)}
                </button>
              ))}
            </div>
          )}
        </div>
      </header>
      <CompanyValues model={model} lang={lang} unitSuffix={unitSuffix} refusals={refusals} onOpen={onOpen} />
      {view === 'chart' ? (
        <MetricChart model={model} lang={lang} unitSuffix={unitSuffix} />
      ) : (
        <MetricTable model={model} lang={lang} unitSuffix={unitSuffix} onOpen={onOpen} />
      )}
      <footer className="card-footer">
        <p className="definition">{lang === 'zh' ? m.definitionZh : m.definitionEn}</p>
        {model.footnotes.length > 0 && (
          <ol className="footnotes">
            {model.footnotes.map((f) => (
              <li key={f.caveat.id} value={f.n}>
                <span className={`grade-dot grade-${f.caveat.grade}`}>{GRADE_LABEL[f.caveat.grade][lang]}</span>{' '}
                {lang === 'zh' ? f.caveat.textZh : f.caveat.textEn}
              </li>
            ))}
          </ol>
        )}
        <p className="crosswalk">
          {t('crosswalk', lang)}:{' '}
          {[
            ...m.crosswalk.hkex.map((c) => `HKEX ${c}`),
            ...m.crosswalk.gri.map((c) => `GRI ${c}`),
            ...m.crosswalk.sasb.map((c) => `SASB ${c}`),
          ].join(' · ') || '—'}
        </p>
      </footer>
    </article>
  );
}
