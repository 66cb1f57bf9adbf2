/**
 * The compare page: a one-line headline, the page-level normalisation switch
 * (only when some metric offers one), the core four first, then every other
 * metric grouped by pillar. Each card has its own error boundary.
 */
import { useMemo } from 'react';
import { metricGroupSchema, type Metric } from '../../model/schema';
import { useDatasets } from '../../shared/data/use-datasets';
import { indexObservations } from '../../shared/data/observation-index';
import { useT, type Translator } from '../../shared/i18n/use-t';
import { LoadError } from '../../shared/ui/LoadError';
import { ErrorBoundary } from '../../shared/ui/ErrorBoundary';
import { Segmented } from '../../shared/ui/Segmented';
import { openProvenance } from '../provenance/api';
import { buildCardModel, offeredModes, type CardInput } from './card-model';
import { useCompareStore, type Mode } from './compare-store';
import { MetricCard } from './MetricCard';
import { CardSkeletons } from './CardSkeletons';

const GROUP_ORDER = metricGroupSchema.options;
const DATASETS = ['observations', 'metrics', 'companies', 'caveats', 'refusals'] as const;

type Shared = Omit<CardInput, 'metric'>;

export default function ComparePage() {
  const tr = useT();
  const state = useDatasets(DATASETS);
  const shared = useMemo<Shared | null>(() => {
    if (state.status !== 'ready') return null;
    const d = state.data;
    return {
      index: indexObservations(d.observations),
      companies: d.companies,
      caveats: new Map(d.caveats.map((c) => [c.id, c])),
      metrics: new Map(d.metrics.map((m) => [m.id, m])),
      refusals: d.refusals,
    };
  }, [state]);
  if (state.status === 'error') return <LoadError error={state.error} onRetry={state.retry} />;
  if (!shared || state.status !== 'ready') return <CardSkeletons label={tr.t('loading')} />;
  const metrics = state.data.metrics;
  if (metrics.length === 0) return <p className="empty-state">{tr.t('empty')}</p>;
  const core = metrics.filter((m) => m.core);
  return (
    <>
      <Headline metrics={metrics} shared={shared} tr={tr} />
      <PageModeSwitch metrics={metrics} shared={shared} tr={tr} />
      <section aria-labelledby="group-core" className="metric-group">
        <h2 id="group-core">{tr.t('group.core')}</h2>
        <div className="card-grid">
          {core.map((m) => (
            <Card key={m.id} metric={m} shared={shared} tr={tr} eager />
          ))}
        </div>
      </section>
      {GROUP_ORDER.map((g) => {
        const inGroup = metrics.filter((m) => m.group === g && !m.core);
        if (inGroup.length === 0) return null;
        return (
          <section key={g} aria-labelledby={`group-${g}`} className="metric-group">
            <h2 id={`group-${g}`}>{tr.t(`group.${g}`)}</h2>
            <div className="card-grid">
              {inGroup.map((m) => (
                <Card key={m.id} metric={m} shared={shared} tr={tr} />
              ))}
            </div>
          </section>
        );
      })}
    </>
  );
}

function Headline({ metrics, shared, tr }: { metrics: Metric[]; shared: Shared; tr: Translator }) {
  const counts = { comparable: 0, comparable_with_caveats: 0, not_comparable: 0 };
  for (const metric of metrics) counts[buildCardModel({ ...shared, metric }).grade]++;
  return (
    <p className="headline">
      {tr.t(
        'headline.text',
        shared.companies.length,
        metrics.length,
        counts.comparable,
        counts.comparable_with_caveats,
        counts.not_comparable,
      )}
    </p>
  );
}

/** Offered only when at least one metric can be shown normalised (or says why it cannot). */
function PageModeSwitch({ metrics, shared, tr }: { metrics: Metric[]; shared: Shared; tr: Translator }) {
  const pageMode = useCompareStore((s) => s.pageMode);
  const setPageMode = useCompareStore((s) => s.setPageMode);
  const modes = [...new Set(metrics.flatMap((metric) => offeredModes({ ...shared, metric })))];
  if (modes.length === 0) return null;
  return (
    <div className="page-controls">
      <span className="page-controls-label" aria-hidden="true">
        {tr.t('norm.pageLabel')}
      </span>
      <Segmented
        label={tr.t('norm.pageLabel')}
        value={pageMode}
        onChange={setPageMode}
        options={(['absolute', ...modes] as Mode[]).map((v) => ({ value: v, label: tr.t(`norm.${v}`) }))}
      />
    </div>
  );
}

function Card(props: { metric: Metric; shared: Shared; tr: Translator; eager?: boolean }) {
  const { metric, tr } = props;
  return (
    <ErrorBoundary
      resetKey={metric.id}
      fallback={(error) => (
        <article className="metric-card card-error" aria-label={tr.pick(metric.nameZh, metric.nameEn)}>
          <LoadError error={error} title={tr.t('card.crashed')} />
        </article>
      )}
    >
      <CardBody {...props} />
    </ErrorBoundary>
  );
}

function CardBody({ metric, shared, tr, eager }: { metric: Metric; shared: Shared; tr: Translator; eager?: boolean }) {
  const view = useCompareStore((s) => s.views[metric.id] ?? 'chart');
  const cardMode = useCompareStore((s) => s.cardModes[metric.id]);
  const pageMode = useCompareStore((s) => s.pageMode);
  const scale = useCompareStore((s) => s.scales[metric.id] ?? 'linear');
  const { setView, setCardMode, setScale } = useCompareStore.getState();
  const input = { ...shared, metric };
  const modes = offeredModes(input);
  const model = buildCardModel(input, cardMode ?? pageMode);
  const unavailable = cardMode === undefined && pageMode !== 'absolute' && !modes.includes(pageMode) ? pageMode : undefined;
  return (
    <MetricCard
      model={model}
      tr={tr}
      view={view}
      scale={scale}
      modes={modes}
      unavailableMode={unavailable}
      eager={eager}
      onViewChange={(v) => setView(metric.id, v)}
      onModeChange={(m) => setCardMode(metric.id, m)}
      onScaleChange={(s) => setScale(metric.id, s)}
      onOpen={openProvenance}
    />
  );
}
