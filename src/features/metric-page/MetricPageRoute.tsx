/** `#/metric/<id>`: the metric page wired to the datasets, the provenance panel and the source reader. */
import '../../shared/i18n/messages/metric-page';
import { useT } from '../../shared/i18n/use-t';
import { useDatasets } from '../../shared/data/use-datasets';
import { useHref, useLink } from '../../shared/url/links';
import { LoadError } from '../../shared/ui/LoadError';
import { openProvenance } from '../provenance/api';
import { sourceLink } from '../source-reader/api';
import { MetricPage } from './MetricPage';
import { ExportMenu, loadExportActions } from '../export/api';

const DATASETS = ['metrics', 'companies', 'observations', 'conflicts', 'caveats', 'sources'] as const;

export default function MetricPageRoute({ params }: { params: Record<string, string> }) {
  const tr = useT();
  const home = useHref('/');
  const link = useLink();
  const data = useDatasets(DATASETS);
  if (data.status === 'error') return <LoadError error={data.error} onRetry={data.retry} />;
  if (data.status === 'loading')
    return (
      <p className="page-loading" role="status">
        {tr.t('loading')}
      </p>
    );
  const d = data.data;
  const metric = d.metrics.find((m) => m.id === params.id);
  return (
    <>
      <p className="page-back">
        <a href={home}>{tr.t('page.backHome')}</a>
      </p>
      {metric && (
        <div className="page-actions" data-print="hide">
          <ExportMenu
            tr={tr}
            subject={tr.pick(metric.nameZh, metric.nameEn)}
            onOpen={() => void loadExportActions().catch(() => undefined)}
            onCopyCitation={async () => {
              const x = await loadExportActions();
              await x.copyText(
                x.citeMetricPage(
                  {
                    metricName: tr.pick(metric.nameZh, metric.nameEn),
                    observations: d.observations.filter((o) => o.metric === metric.id && o.per === undefined),
                  },
                  d.sources,
                  x.citationContext(tr),
                ),
              );
            }}
          />
        </div>
      )}
      {metric ? (
        <MetricPage
          metric={metric}
          companies={d.companies}
          observations={d.observations}
          conflicts={d.conflicts}
          caveats={d.caveats}
          sources={d.sources}
          tr={tr}
          onOpenProvenance={openProvenance}
          sourceHref={(at) => link(...sourceLink(at))}
        />
      ) : (
        <p className="not-found">{tr.t('page.noMetric')}</p>
      )}
    </>
  );
}
