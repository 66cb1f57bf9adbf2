/** One metric on its own page (`#/metric/<id>`): its card, drawn at once, with a link back. */
import { useT } from '../../shared/i18n/use-t';
import { useHref } from '../../shared/url/links';
import { LoadError } from '../../shared/ui/LoadError';
import { Card, useCardData } from './CardContainer';
import { CardSkeletons } from './CardSkeletons';

export default function MetricPage({ params }: { params: Record<string, string> }) {
  const tr = useT();
  const home = useHref('/');
  const { state, shared } = useCardData();
  if (state.status === 'error') return <LoadError error={state.error} onRetry={state.retry} />;
  if (!shared) return <CardSkeletons label={tr.t('loading')} />;
  const metric = shared.metrics.get(params.id ?? '');
  return (
    <div className="metric-page">
      <p>
        <a href={home}>{tr.t('page.backHome')}</a>
      </p>
      {metric ? <Card metric={metric} shared={shared} tr={tr} eager /> : <p className="not-found">{tr.t('page.noMetric')}</p>}
    </div>
  );
}
