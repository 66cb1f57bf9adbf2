/**
 * A metric card wired to its data and the compare store, inside its own error
 * boundary: a faulty row breaks one card, never the page. Each card links to
 * its metric page. The peer set and reporting year from the store narrow what
 * every card shows. A card that is not eager renders only its heading, in a box
 * of reserved height, until it comes within two screens of the viewport (or the
 * page prints); from then on it stays rendered.
 */
import { memo, useMemo, useRef, type RefObject } from 'react';
import type { Company, Metric } from '../../model/schema';
import { indexObservations } from '../../model/observation-index';
import { useRetry } from '../../shared/data/use-retry';
import type { Translator } from '../../shared/i18n/use-t';
import { LoadError } from '../../shared/ui/LoadError';
import { ErrorBoundary } from '../../shared/ui/ErrorBoundary';
import { useNearViewport } from '../../shared/ui/use-near-viewport';
import { usePrintRequested } from '../../shared/ui/use-print-requested';
import { useLink } from '../../shared/url/links';
import { openProvenance } from '../provenance/api';
import { metricPath } from '../metric-page/api';
import { buildCardModel, offeredModes, type CardInput } from '../../model/card-model';
import { selectPeers, useCompareStore } from './compare-store';
import { MetricCard } from './MetricCard';
import { ExportButton } from './ExportButton';
import type { CardExportProps } from './CardExport';
import { cardTitle } from './card-title';
import { useFirstView } from './first-view';
import { useCompareData, type CompareData } from './compare-data';

export type Shared = Omit<CardInput, 'metric'> & {
  /** Every company in the data (the peer set is `companies`). */
  allCompanies: Company[];
  /** The peer set when none is chosen. */
  defaultPeers: string[];
  /** The compiler's grade counts for the default peer set over every year (the headline's, before every part loads). */
  defaultGrades: CompareData['index']['defaultGrades'];
  /** The metrics with a card, in catalogue order: the core four, then the rest once their part has loaded. */
  metricList: Metric[];
  /** The normalisations some metric offers, loaded or not: the page switch's options. */
  pageModes: CompareData['index']['pageModes'];
  /** How many metrics the page has, loaded or not. */
  metricCount: number;
  /** The rest part's metrics per group: their sections' card counts before the part loads. */
  groups: CompareData['index']['groups'];
  years: string[];
  /** Parts (core, rest) whose data has loaded. */
  loaded: CompareData['loaded'];
  /** The rest part's load error, shown in the sections beyond the core with a retry. */
  restError: CompareData['restError'];
  retry: () => void;
};

/** The files every card needs, loaded with one error/retry path and indexed once. */
export function useCardData() {
  const peers = useCompareStore((s) => s.peers);
  const year = useCompareStore((s) => s.year);
  const state = useCompareData(peers);
  const retry = useRetry();
  const shared = useMemo<Shared | null>(() => {
    if (state.status !== 'ready') return null;
    const d = state.data;
    return {
      index: indexObservations(d.observations),
      allCompanies: d.index.companies,
      defaultPeers: d.index.defaultPeers,
      defaultGrades: d.index.defaultGrades,
      // the peer set as far as it has loaded (a newly added peer joins when its files arrive)
      companies: selectPeers(d.index.companies, peers, d.index.defaultPeers).filter((c) => d.companies.includes(c.id)),
      year,
      caveats: d.caveats,
      metrics: d.metrics,
      metricList: d.metricList,
      metricCount: d.index.metricCount,
      groups: d.index.groups,
      offered: d.offered,
      pageModes: d.index.pageModes,
      years: d.index.years,
      refusals: d.refusals,
      loaded: d.loaded,
      restError: d.restError,
      retry,
    };
  }, [state, peers, year, retry]);
  return { state, shared };
}

/** How far outside the viewport a card starts rendering its body (and a section not loaded yet, its part). */
export const CARD_MARGIN = '200% 0px';

/** Memoised: when the page re-renders (its lower groups mounting, a control changing) a card re-renders only if its own inputs changed. */
export const Card = memo(function Card(props: { metric: Metric; shared: Shared; tr: Translator; eager?: boolean }) {
  const { metric, tr, eager } = props;
  const placeholderRef = useRef<HTMLElement>(null);
  const near = useNearViewport(placeholderRef, eager, CARD_MARGIN);
  // the first card renders with the page; the others once the first view (its chart) has painted
  const firstViewPainted = useFirstView((s) => s.painted);
  const printing = usePrintRequested();
  const wanted = (near && (eager || firstViewPainted)) || printing;
  if (!wanted) return <CardPlaceholder ref={placeholderRef} metric={metric} tr={tr} />;
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
});

/** The card's heading in a box of about a card's height: headings, landmarks and find-in-page keep working. */
function CardPlaceholder({ ref, metric, tr }: { ref: RefObject<HTMLElement | null>; metric: Metric; tr: Translator }) {
  const titleId = `card-title-${metric.id}`;
  return (
    <article ref={ref} className="metric-card card-placeholder" aria-labelledby={titleId} data-metric={metric.id}>
      <header className="card-header">
        <h3 id={titleId}>
          {tr.pick(metric.nameZh, metric.nameEn)}
          <span className="card-subtitle" lang={tr.otherLang}>
            {tr.other(metric.nameZh, metric.nameEn)}
          </span>
        </h3>
      </header>
    </article>
  );
}

const loadCardExport = () => import('./CardExport');

function CardBody({ metric, shared, tr, eager }: { metric: Metric; shared: Shared; tr: Translator; eager?: boolean }) {
  const view = useCompareStore((s) => s.views[metric.id] ?? 'chart');
  const cardMode = useCompareStore((s) => s.cardModes[metric.id]);
  const pageMode = useCompareStore((s) => s.pageMode);
  const scale = useCompareStore((s) => s.scales[metric.id] ?? 'linear');
  const { setView, setCardMode, setScale } = useCompareStore.getState();
  const link = useLink();
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
      pageHref={link(metricPath(metric.id))}
      actions={
        <span className="card-export">
          <ExportButton<CardExportProps>
            tr={tr}
            subject={cardTitle(model, tr)}
            load={loadCardExport}
            props={{ model, tr, scale }}
          />
        </span>
      }
    />
  );
}
