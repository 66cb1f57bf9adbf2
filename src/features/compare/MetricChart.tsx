/**
 * The chart of a card: grouped bars for fiscal-year values, dated points for
 * cumulative or as-of figures. Companies without a value get no bar (their
 * typed gap is stated beside the chart). The figure carries a text alternative.
 */
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CardModel } from './card-model';
import { formatCompact, formatValue, periodLabel } from '../../shared/format';
import { t, type Lang } from '../../shared/i18n';

interface Props {
  model: CardModel;
  lang: Lang;
  unitSuffix?: string;
}

export function chartSummary(model: CardModel, lang: Lang, unitSuffix = ''): string {
  return model.lines
    .map((l) => {
      const name = lang === 'zh' ? l.company.shortZh : l.company.shortEn;
      const values = l.values.map(
        (o) => `${periodLabel(o.period, lang)} ${formatValue(o.value!, o.unit, lang, o.qualifier)}${unitSuffix}`,
      );
      return `${name}: ${values.length ? values.join('; ') : '—'}`;
    })
    .join('. ');
}

export function MetricChart({ model, lang, unitSuffix = '' }: Props) {
  if (model.chartKind === 'none') return <p className="no-chart">{t('noChart', lang)}</p>;
  const withValues = model.lines.filter((l) => l.values.length > 0);
  const unit = model.metric.unit;
  const tooltipFormatter = (v: unknown) => (typeof v === 'number' ? `${formatValue(v, unit, lang)}${unitSuffix}` : '—');
  const axis = {
    xAxis: <XAxis dataKey="period" tick={{ fontSize: 12 }} />,
    yAxis: <YAxis tickFormatter={(v: number) => formatCompact(v, lang)} width={56} tick={{ fontSize: 12 }} />,
    tooltip: <Tooltip formatter={tooltipFormatter} contentStyle={{ fontVariantNumeric: 'tabular-nums' }} />,
  };
  const summary = chartSummary(model, lang, unitSuffix);
  return (
    <figure className="chart" aria-label={`${t('chartAlt', lang)}: ${summary}`}>
      <div className="chart-area" role="img" aria-label={summary}>
        <ResponsiveContainer width="100%" height={200} initialDimension={{ width: 320, height: 200 }}>
          {model.chartKind === 'bars' ? (
            <BarChart data={model.rows} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              {axis.xAxis}
              {axis.yAxis}
              {axis.tooltip}
              {withValues.map((l) => (
                <Bar
                  key={l.company.id}
                  dataKey={l.company.id}
                  name={lang === 'zh' ? l.company.shortZh : l.company.shortEn}
                  fill={l.company.color}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          ) : (
            <LineChart data={model.rows} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              {axis.xAxis}
              {axis.yAxis}
              {axis.tooltip}
              {withValues.map((l) => (
                <Line
                  key={l.company.id}
                  dataKey={l.company.id}
                  name={lang === 'zh' ? l.company.shortZh : l.company.shortEn}
                  stroke="none"
                  dot={{ r: 5, fill: l.company.color, stroke: l.company.color }}
                  activeDot={{ r: 6 }}
                  isAnimationActive={false}
                  connectNulls={false}
                />
              ))}
            </LineChart>
          )}
        </ResponsiveContainer>
      </div>
      {model.chartKind === 'points' && <figcaption className="chart-caption">{t('datedPoints', lang)}</figcaption>}
    </figure>
  );
}
