/**
 * `#/source/<file>?line=N&q=<quote>`: one seed in the source reader, at a line
 * with the quote highlighted. The seed text and the coverage report (ignored
 * numbers) load only here, on demand; a figure opens its provenance panel.
 */
import '../../shared/i18n/messages/source-reader';
import { useMemo } from 'react';
import type { Metric, Observation } from '../../model/schema';
import { useCoverage, useDatasets, useSeedText } from '../../shared/data/use-datasets';
import { formatObservation } from '../../shared/format/format';
import { periodLabel } from '../../shared/format/period';
import { useT, type Translator } from '../../shared/i18n/use-t';
import { LoadError } from '../../shared/ui/LoadError';
import { openProvenance } from '../provenance/api';
import { useSourceTargetStore } from './api';
import { SourceReader } from './SourceReader';
import { ExportMenu, loadExportActions } from '../export/api';
import { observationsInSource } from './source-observations';

const DATASETS = ['observations', 'metrics', 'sources'] as const;

/** Bound to the URL when this chunk loads (app/pages.ts). */
export { sourceUrl as urlBinding } from './api';

export default function SourcePage({ params }: { params: Record<string, string> }) {
  const tr = useT();
  const file = params.file ?? '';
  const target = useSourceTargetStore((s) => s.target);
  const data = useDatasets(DATASETS);
  const seed = useSeedText(file);
  const coverage = useCoverage();
  const ready = data.status === 'ready' ? data.data : null;
  const source = ready?.sources.find((s) => s.id === file);
  const observations = useMemo(
    () => (ready ? observationsInSource(file, ready.observations, labeller(ready.metrics, tr)) : []),
    [ready, file, tr],
  );
  const ignored = useMemo(() => coverage.data?.find((c) => c.source === file)?.ignoredTokens, [coverage.data, file]);

  if (data.status === 'error') return <LoadError error={data.error} onRetry={data.retry} />;
  if (ready && !source) return <p className="not-found">{tr.t('page.noSource')}</p>;
  if (seed.isError) return <LoadError error={seed.error} onRetry={() => void seed.refetch()} />;
  // the ignored-figures toggle is optional: a failed coverage file leaves the reader usable without it
  if (!ready || !source || seed.data === undefined || coverage.isPending)
    return (
      <p className="page-loading" role="status">
        {tr.t('loading')}
      </p>
    );
  return (
    <>
      <div className="page-actions" data-print="hide">
        <ExportMenu
          tr={tr}
          subject={source.title}
          onOpen={() => void loadExportActions().catch(() => undefined)}
          onCopyCitation={async () => {
            const x = await loadExportActions();
            await x.copyText(
              x.citeSource(source, x.citationContext(tr), target ? [{ line: target.line, lineEnd: target.lineEnd }] : []),
            );
          }}
        />
      </div>
      <SourceReader
        source={source}
        text={seed.data}
        observations={observations}
        ignored={ignored}
        target={target ?? undefined}
        tr={tr}
        onOpenObservation={openProvenance}
      />
    </>
  );
}

function labeller(metrics: Metric[], tr: Translator) {
  const byId = new Map(metrics.map((m) => [m.id, m]));
  return (o: Observation) => {
    const m = byId.get(o.metric);
    const note = o.notes ? tr.pick(o.notes.zh, o.notes.en) : o.note;
    return {
      metricName: (m ? tr.pick(m.nameZh, m.nameEn) : o.metric) + (o.per ? ` (${tr.t(`norm.${o.per}`)})` : ''),
      periodLabel: periodLabel(o.period, tr),
      valueLabel: o.value === null ? tr.t(`status.${o.status}`) : formatObservation(o, tr),
      note,
    };
  };
}
