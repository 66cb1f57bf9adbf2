/**
 * One metric card, OWID-style sandwich: header (name, comparability in words,
 * controls), body (per-company values, chart or table), footer (numbered notes).
 * The chart is drawn only when the card nears the viewport; its height is reserved.
 */
import { useRef, type ReactNode } from 'react';
import type { CardModel, GradeReason } from '../../model/card-model';
import { CompanyValues } from './CompanyValues';
import { MetricChart } from './MetricChart';
import { TableView } from './TableView';
import type { CardView, Mode, Scale } from './compare-store';
import type { Translator } from '../../shared/i18n/use-t';
import { periodLabel } from '../../shared/format/period';
import { formatFigure } from '../../shared/format/format';
import { Segmented } from '../../shared/ui/Segmented';
import { useNearViewport } from '../../shared/ui/use-near-viewport';

/** A spread this large hides the smaller companies on a linear axis: offer a log scale. */
export const LOG_SCALE_SPREAD = 20;

export interface MetricCardProps {
  model: CardModel;
  tr: Translator;
  view: CardView;
  scale: Scale;
  /** Modes this card offers besides absolute (empty: no switch). */
  modes: Mode[];
  /** The page-level mode when this card cannot show it (said once in the card). */
  unavailableMode?: Mode;
  /** Draw the chart at once (the core four), not when scrolled near. */
  eager?: boolean;
  onViewChange: (view: CardView) => void;
  onModeChange: (mode: Mode) => void;
  onScaleChange: (scale: Scale) => void;
  onOpen: (observationId: string) => void;
  /** Link to the metric's own page (every source, date, conflict and caveat). */
  pageHref?: string;
  /** The card's export menu (or any other card-level actions), after its controls. */
  actions?: ReactNode;
}

export function reasonText(r: GradeReason, tr: Translator): string {
  if (r.kind === 'single') {
    if (!r.company) return tr.t('reason.none');
    return tr.t('reason.single', tr.pick(r.company.shortZh, r.company.shortEn));
  }
  if (r.kind === 'alternate')
    return tr.t('reason.alternate', tr.pick(r.company.shortZh, r.company.shortEn), tr.pick(r.metric.nameZh, r.metric.nameEn));
  return tr.pick(r.caveat.textZh, r.caveat.textEn);
}

export function MetricCard(props: MetricCardProps) {
  const {
    model,
    tr,
    view,
    scale,
    modes,
    unavailableMode,
    eager,
    onViewChange,
    onModeChange,
    onScaleChange,
    onOpen,
    pageHref,
    actions,
  } = props;
  const { t } = tr;
  const m = model.metric;
  const titleId = `card-title-${m.id}`;
  const bodyRef = useRef<HTMLDivElement>(null);
  const near = useNearViewport(bodyRef, eager);
  const logOffered = model.spread >= LOG_SCALE_SPREAD && view === 'chart' && model.chartKind !== 'none';
  return (
    <article className={`metric-card grade-${model.grade}`} aria-labelledby={titleId} data-metric={m.id}>
      <header className="card-header">
        <h3 id={titleId}>
          {tr.pick(m.nameZh, m.nameEn)}
          <span className="card-subtitle" lang={tr.otherLang}>
            {tr.other(m.nameZh, m.nameEn)}
          </span>
        </h3>
        <p className={`grade-badge grade-${model.grade}`}>{t(`grade.${model.grade}`)}</p>
        {model.reasons.length > 0 && model.grade !== 'comparable' && (
          <p className="grade-reason">{reasonText(model.reasons[0]!, tr)}</p>
        )}
        <div className="card-controls">
          <Segmented
            label={t('view.label')}
            value={view}
            onChange={onViewChange}
            options={[
              { value: 'chart', label: t('view.chart') },
              { value: 'table', label: t('view.table') },
            ]}
          />
          {modes.length > 0 && (
            <Segmented
              label={t('norm.label')}
              value={model.mode}
              onChange={onModeChange}
              options={(['absolute', ...modes] as Mode[]).map((v) => ({ value: v, label: t(`norm.${v}`) }))}
            />
          )}
          {(logOffered || scale === 'log') && (
            <Segmented
              label={t('scale.label')}
              value={scale}
              onChange={onScaleChange}
              options={[
                { value: 'linear', label: t('scale.linear') },
                { value: 'log', label: t('scale.log') },
              ]}
            />
          )}
          {actions}
        </div>
      </header>
      {unavailableMode && unavailableMode !== 'absolute' && (
        <p className="mode-note">{t('norm.notOffered', t(`norm.${unavailableMode}`))}</p>
      )}
      {model.refusals.map((g) => (
        <p key={g.reason.en} className="refusal" role="note">
          <strong>{t('norm.refused')}</strong> (
          {g.items.map((i) => `${tr.pick(i.company.shortZh, i.company.shortEn)} ${periodLabel(i.period, tr)}`).join(', ')}):{' '}
          {tr.pick(g.reason.zh, g.reason.en)}
        </p>
      ))}
      <CompanyValues model={model} tr={tr} onOpen={onOpen} />
      <div ref={bodyRef} className={view === 'chart' ? 'card-body chart-slot' : 'card-body'}>
        {view === 'table' ? (
          <TableView model={model} tr={tr} onOpen={onOpen} />
        ) : near ? (
          <MetricChart model={model} tr={tr} scale={logOffered ? scale : 'linear'} first={eager} />
        ) : null}
        {logOffered && scale === 'linear' && (
          <p className="scale-hint">{t('scale.hint', formatFigure(Math.round(model.spread), tr.lang))}</p>
        )}
      </div>
      <footer className="card-footer">
        <p className="definition">{tr.pick(m.definitionZh, m.definitionEn)}</p>
        {model.footnotes.length > 0 && (
          <ol className="footnotes">
            {model.footnotes.map((f) => (
              <li key={f.caveat.id} value={f.n}>
                <span className={`grade-dot grade-${f.caveat.grade}`}>{t(`grade.${f.caveat.grade}`)}</span>{' '}
                {tr.pick(f.caveat.textZh, f.caveat.textEn)}
              </li>
            ))}
          </ol>
        )}
        <p className="crosswalk">
          {t('crosswalk')}:{' '}
          {[
            ...m.crosswalk.hkex.map((c) => `HKEX ${c}`),
            ...m.crosswalk.gri.map((c) => `GRI ${c}`),
            ...m.crosswalk.sasb.map((c) => `SASB ${c}`),
          ].join(' · ') || '—'}
        </p>
        {pageHref && (
          <p className="card-page-link">
            <a href={pageHref} aria-describedby={titleId}>
              {t('card.openShort')}
            </a>
          </p>
        )}
      </footer>
    </article>
  );
}
