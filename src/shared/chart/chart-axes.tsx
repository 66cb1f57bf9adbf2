/**
 * recharts' own axes, for the charts the first view does not draw: dated points
 * on a time axis, and bars on a log axis. The value axis (linear from zero or
 * below, or decades), and the grid read from its ticks. Part of the AxesChart
 * chunk only.
 */
import { YAxis, usePlotArea, useYAxisTicks } from 'recharts';
import type { ChartProps, ChartRow, ChartSeries } from './Chart';
import { AXIS_WIDTH, GridLines } from './plain-axes';

/** Powers of ten spanning every value: the ticks and domain of a log axis, so no value falls outside. */
function decades(data: ChartRow[], series: ChartSeries[]): number[] {
  const values = data.flatMap((r) => series.map((s) => r[s.key])).filter((v): v is number => typeof v === 'number' && v > 0);
  if (values.length === 0) return [1, 10];
  const lo = Math.floor(Math.log10(Math.min(...values)));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(Math.max(...values))));
  return Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
}

/** The grid at recharts' rendered value ticks. */
export function ValueGrid() {
  const ticks = useYAxisTicks();
  const plot = usePlotArea();
  if (!ticks || !plot) return null;
  return <GridLines ys={ticks.map((t) => t.coordinate)} plot={plot} />;
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
      width={AXIS_WIDTH}
      tick={{ fontSize: 12 }}
    />
  );
}
