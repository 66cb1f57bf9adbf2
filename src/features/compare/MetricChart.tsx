/**
 * A card's chart: adapts the card model to the shared Chart. Fiscal-year values
 * are bars; cumulative or dated values are points on a time axis. Companies
 * without a value get no bar (their typed gap is stated beside the chart).
 */
import { Chart, type ChartRow } from '../../shared/chart/Chart';
import { formatObservation, formatTick } from '../../shared/format/format';
import { periodLabel, periodTime } from '../../shared/format/period';
import type { Translator } from '../../shared/i18n/use-t';
import type { CardModel } from '../../model/card-model';
import type { Scale } from './compare-store';

interface Props {
  model: CardModel;
  tr: Translator;
  scale: Scale;
  /** The page's first chart (Chart's `first`). */
  first?: boolean;
}

export function chartSummary(model: CardModel, tr: Translator): string {
  return model.lines
    .map((l) => {
      const values = l.values.map((o) => `${periodLabel(o.period, tr)} ${formatObservation(o, tr)}`);
      return `${tr.pick(l.company.shortZh, l.company.shortEn)}: ${values.length ? values.join('; ') : '—'}`;
    })
    .join('. ');
}

export function MetricChart({ model, tr, scale, first }: Props) {
  if (model.chartKind === 'none') return <p className="no-chart">{tr.t('chart.none')}</p>;
  const time = model.chartKind === 'points';
  const withValues = model.lines.filter((l) => l.values.length > 0);
  const byId = new Map(withValues.flatMap((l) => l.values.map((o) => [o.id, o] as const)));
  // one row per period (bars) or per date (points); FY2022 and 2022-12 share a date
  const rows: ChartRow[] = [];
  const rowOf = new Map<string | number, ChartRow>();
  for (const period of model.periods) {
    const x = time ? periodTime(period) : periodLabel(period, tr);
    let row = rowOf.get(x);
    if (!row) rowOf.set(x, (row = { x }));
    if (!rows.includes(row)) rows.push(row);
    for (const l of withValues) {
      const o = l.values.find((v) => v.period === period);
      // several sources may date a figure the same day; the chart takes the first, the table lists all
      if (o && row[l.company.id] == null) {
        row[l.company.id] = o.value;
        row[`${l.company.id}#id`] = o.id;
      }
    }
  }
  const unit = model.metric.unit;
  const per = model.mode === 'absolute' ? undefined : model.mode;
  return (
    <figure className="chart">
      <Chart
        data={rows}
        index="x"
        kind={model.chartKind}
        time={time}
        log={scale === 'log'}
        series={withValues.map((l) => ({
          key: l.company.id,
          label: tr.pick(l.company.shortZh, l.company.shortEn),
          color: l.company.color,
        }))}
        formatTick={(v) => formatTick(v, unit, tr.lang, per)}
        formatPoint={(row, key) => {
          const o = byId.get(String(row[`${key}#id`]));
          return o ? formatObservation(o, tr) : '—';
        }}
        summary={`${tr.t('chart.summary')}: ${chartSummary(model, tr)}`}
        first={first}
      />
      {(time || scale === 'log') && (
        <figcaption className="chart-caption">
          {time && tr.t('chart.datedPoints')} {scale === 'log' && tr.t('scale.logOn')}
        </figcaption>
      )}
    </figure>
  );
}
