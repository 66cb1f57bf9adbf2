/**
 * What the bar and the point charts share: ticks that fit on a phone, the log
 * axis's decades, the tooltip and the value axis. Kept apart so the point chart
 * can load as its own chunk (the first view draws bars only).
 */
import { Tooltip, YAxis, usePlotArea, useYAxisTicks } from 'recharts';
import type { ChartProps, ChartRow, ChartSeries } from './Chart';

export type DrawnChartProps = ChartProps & { width: number; height: number };

export const DAY = 86_400_000;

export function isoMonth(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

/** At most four ticks, at data dates, so labels fit at 375 px. */
export function timeTicks(times: number[]): number[] {
  const unique = [...new Set(times)].sort((a, b) => a - b);
  if (unique.length <= 4) return unique;
  const step = (unique.length - 1) / 3;
  return [0, 1, 2, 3].map((i) => unique[Math.round(i * step)]!);
}

/** Powers of ten spanning every value: the ticks and domain of a log axis, so no value falls outside. */
function decades(data: ChartRow[], series: ChartSeries[]): number[] {
  const values = data.flatMap((r) => series.map((s) => r[s.key])).filter((v): v is number => typeof v === 'number' && v > 0);
  if (values.length === 0) return [1, 10];
  const lo = Math.floor(Math.log10(Math.min(...values)));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(Math.max(...values))));
  return Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
}

export const MARGIN = { top: 8, right: 20, left: 4, bottom: 0 };

export function chartTooltip({ formatPoint, time }: Pick<ChartProps, 'formatPoint' | 'time'>) {
  return (
    <Tooltip
      isAnimationActive={false}
      formatter={(_value, _name, item) => formatPoint(item.payload as ChartRow, String(item.dataKey))}
      labelFormatter={(label) => (time && typeof label === 'number' ? isoMonth(label) : String(label))}
      contentStyle={{ fontVariantNumeric: 'tabular-nums' }}
    />
  );
}

/**
 * Dashed lines at the value axis's ticks, across the plot, under the bars: the grid, read from
 * the chart's own ticks and plot area (CartesianGrid would add ~2 KB to the first view).
 */
export function ValueGrid() {
  const ticks = useYAxisTicks();
  const plot = usePlotArea();
  if (!ticks || !plot) return null;
  return (
    <g className="value-grid" aria-hidden="true">
      {ticks.map((t) => (
        <line
          key={t.coordinate}
          x1={plot.x}
          x2={plot.x + plot.width}
          y1={t.coordinate}
          y2={t.coordinate}
          stroke="#ccc"
          strokeDasharray="3 3"
        />
      ))}
    </g>
  );
}

export function valueAxis({ data, series, log, formatTick }: Pick<ChartProps, 'data' | 'series' | 'log' | 'formatTick'>) {
  const logTicks = log ? decades(data, series) : undefined;
  return (
    <YAxis
      scale={log ? 'log' : 'auto'}
      domain={logTicks ? [logTicks[0]!, logTicks.at(-1)!] : [(min: number) => Math.min(0, min), 'auto']}
      ticks={logTicks}
      interval={0}
      allowDataOverflow={false}
      tickFormatter={formatTick}
      width={60}
      tick={{ fontSize: 12 }}
    />
  );
}
