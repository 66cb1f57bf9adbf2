/** The overview: the core four first, then every other metric grouped by pillar. */
import { useMemo } from 'react';
import { buildCardModel } from './card-model';
import { MetricCard } from './MetricCard';
import { normalise } from '../../shared/normalise';
import { useCompareData } from './use-compare-data';
import { useUiStore } from '../../shared/ui-store';
import { GROUP_LABEL, t } from '../../shared/i18n';
import { LoadError } from '../../shared/LoadError';
import { CardSkeletons } from './CardSkeletons';
import { metricGroupSchema, type Caveat, type Company, type Metric, type Observation } from '../../model/schema';

const GROUP_ORDER = metricGroupSchema.options;

export function CompareView() {
  const data = useCompareData();
  const lang = useUiStore((s) => s.lang);
  if (data.state === 'error') return <LoadError error={data.error} onRetry={data.retry} lang={lang} />;
  if (data.state === 'loading') return <CardSkeletons label={t('loading', lang)} />;
  const { metrics } = data.data;
  if (metrics.length === 0) return <p className="empty-state">{t('empty', lang)}</p>;
  const core = metrics.filter((m) => m.core);
  return (
    <>
      <section aria-labelledby="group-core" className="metric-group">
        <h2 id="group-core">{t('coreFour', lang)}</h2>
        <div className="card-grid">
          {core.map((m) => (
            <Card key={m.id} metric={m} {...data.data} />
          ))}
        </div>
      </section>
      {GROUP_ORDER.map((g) => {
        const inGroup = metrics.filter((m) => m.group === g && !m.core);
        if (inGroup.length === 0) return null;
        return (
          <section key={g} aria-labelledby={`group-${g}`} className="metric-group">
            <h2 id={`group-${g}`}>{GROUP_LABEL[g]![lang]}</h2>
            <div className="card-grid">
              {inGroup.map((m) => (
                <Card key={m.id} metric={m} {...data.data} />
              ))}
            </div>
          </section>
        );
      })}
    </>
  );
}

interface CardProps {
  metric: Metric;
  metrics: Metric[];
  observations: Observation[];
  companies: Company[];
  caveats: Caveat[];
}

function Card({ metric, metrics, observations, companies, caveats }: CardProps) {
  const lang = useUiStore((s) => s.lang);
  const view = useUiStore((s) => s.views[metric.id] ?? 'chart');
  const normalisation = useUiStore((s) => (metric.normalisable ? (s.normalisations[metric.id] ?? 'absolute') : 'absolute'));
  const setView = useUiStore((s) => s.setView);
  const setNormalisation = useUiStore((s) => s.setNormalisation);
  const openProvenance = useUiStore((s) => s.openProvenance);
  const { model, refusals } = useMemo(() => {
    if (normalisation === 'absolute')
      return { model: buildCardModel(metric, observations, companies, caveats, metrics), refusals: [] };
    const n = normalise(normalisation, metric, observations, caveats);
    const others = observations.filter((o) => o.metric !== metric.id);
    return { model: buildCardModel(metric, [...others, ...n.observations], companies, caveats, metrics), refusals: n.refusals };
  }, [metric, observations, companies, caveats, metrics, normalisation]);
  return (
    <MetricCard
      model={model}
      lang={lang}
      view={view}
      normalisation={normalisation}
      refusals={refusals}
      onViewChange={(v) => setView(metric.id, v)}
      onNormalisationChange={metric.normalisable ? (n) => setNormalisation(metric.id, n) : undefined}
      onOpen={openProvenance}
    />
  );
}
