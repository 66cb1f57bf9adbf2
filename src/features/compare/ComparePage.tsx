/**
 * The compare page: a one-line headline, the page-level normalisation switch
 * (only when some metric offers one), the core four first, then every other
 * metric grouped by pillar (once the browser is idle after the first view, or
 * when the page prints). Those groups' metrics are the rest part: until it loads
 * (when a group comes near the viewport) each group holds card-sized boxes; if it
 * fails, one error with a retry stands in for the groups.
 * Each card has its own error boundary.
 */
import type { Metric } from '../../model/schema';
import { useT, type Translator } from '../../shared/i18n/use-t';
import { LoadError } from '../../shared/ui/LoadError';
import { Segmented } from '../../shared/ui/Segmented';
import { useIdleReady } from '../../shared/ui/use-idle-ready';
import { usePrintRequested } from '../../shared/ui/use-print-requested';
import { buildCardModel } from '../../model/card-model';
import { useCompareStore, type Mode } from './compare-store';
import { CardSkeletons } from './CardSkeletons';
import { Card, useCardData, type Shared } from './CardContainer';
import { PeerControls } from './PeerControls';
import { PendingGroup } from './PendingGroup';
import { useFirstView, useMarkFirstViewPainted } from './first-view';
import { ExportButton } from './ExportButton';
import type { PageExportProps } from './PageExport';

const loadPageExport = () => import('./PageExport');

export default function ComparePage() {
  const tr = useT();
  const { state, shared } = useCardData();
  const rendered = state.status === 'ready' && shared !== null;
  useMarkFirstViewPainted(rendered);
  const painted = useFirstView((s) => s.painted);
  // the groups below the core four render once the browser is idle after the first view (or when the page prints)
  const idle = useIdleReady(painted);
  const printing = usePrintRequested();
  if (state.status === 'error') return <LoadError error={state.error} onRetry={state.retry} />;
  if (!shared || state.status !== 'ready') return <CardSkeletons label={tr.t('loading')} />;
  const metrics = shared.metricList;
  if (metrics.length === 0) return <p className="empty-state">{tr.t('empty')}</p>;
  const core = metrics.filter((m) => m.core);
  const restFailed = !shared.loaded.has('rest') && shared.restError !== undefined;
  const years = shared.years;
  return (
    <>
      <Headline shared={shared} tr={tr} />
      <div className="page-toolbar" data-print="hide">
        <PeerControls
          companies={shared.allCompanies}
          selected={shared.companies.map((c) => c.id)}
          defaults={shared.defaultPeers}
          years={years}
          tr={tr}
        />
        <ExportButton<PageExportProps>
          tr={tr}
          subject={tr.t('export.menu.pageSubject')}
          load={loadPageExport}
          props={{ shared, tr }}
        />
      </div>
      <PageModeSwitch modes={shared.pageModes} tr={tr} />
      <section aria-labelledby="group-core" className="metric-group">
        <h2 id="group-core">{tr.t('group.core')}</h2>
        <div className="card-grid">
          {/* the first card renders with the page, so its chart draws first; the others as soon as they are laid out near the viewport */}
          {core.map((m, i) => (
            <Card key={m.id} metric={m} shared={shared} tr={tr} eager={i === 0} />
          ))}
        </div>
      </section>
      {(idle || printing) &&
        (restFailed ? (
          // the groups below cannot show: said once, with the retry, in their place
          <LoadError error={shared.restError} onRetry={shared.retry} />
        ) : (
          shared.groups.map(({ group: g, count }) => (
            <section key={g} aria-labelledby={`group-${g}`} className="metric-group">
              <h2 id={`group-${g}`}>{tr.t(`group.${g}`)}</h2>
              {shared.loaded.has('rest') ? (
                <div className="card-grid">
                  {metrics
                    .filter((m) => m.group === g && !m.core)
                    .map((m) => (
                      <Card key={m.id} metric={m} shared={shared} tr={tr} />
                    ))}
                </div>
              ) : (
                <PendingGroup count={count} tr={tr} />
              )}
            </section>
          ))
        ))}
    </>
  );
}

function Headline({ shared, tr }: { shared: Shared; tr: Translator }) {
  // grades are counted over the parts loaded so far (the rest loads as the page scrolls)
  const graded = shared.metricList;
  const complete = shared.loaded.has('rest');
  // for the default peer set over every year the compiler has counted every card already
  const peers = shared.companies.map((c) => c.id);
  const byDefault =
    !shared.year && peers.length === shared.defaultPeers.length && peers.every((id) => shared.defaultPeers.includes(id));
  const counts = !complete && byDefault ? shared.defaultGrades : countGrades(graded, shared);
  return (
    <p className="headline">
      {tr.t(
        'headline.text',
        shared.companies.length,
        shared.metricCount,
        counts.comparable,
        counts.comparable_with_caveats,
        counts.not_comparable,
      )}
      {!complete && !byDefault && ` ${tr.t('headline.partial', graded.length, shared.metricCount)}`}
      {shared.year && ` ${tr.t('year.label')}: ${shared.year}.`}
    </p>
  );
}

/** Offered only when at least one metric, loaded or not, can be shown normalised (or says why it cannot). */
function PageModeSwitch({ modes, tr }: { modes: Shared['pageModes']; tr: Translator }) {
  const pageMode = useCompareStore((s) => s.pageMode);
  const setPageMode = useCompareStore((s) => s.setPageMode);
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

/** How many of these metrics' cards have each grade, graded here on the loaded parts. */
function countGrades(metrics: Metric[], shared: Shared) {
  const counts = { comparable: 0, comparable_with_caveats: 0, not_comparable: 0 };
  for (const metric of metrics) counts[buildCardModel({ ...shared, metric }).grade]++;
  return counts;
}
