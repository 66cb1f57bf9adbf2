/**
 * Bars for fiscal years on a linear value axis: the first view's charts. No
 * recharts axis or tooltip components ship with them (PlainAxes draws the axes);
 * the tooltip loads when `tooltip` is set, once a reader reaches for the chart.
 */
import { Suspense, lazy } from 'react';
import { Bar, BarChart } from 'recharts';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import type { DrawnChartProps } from './Chart';
import { PLAIN_MARGIN, PlainAxes } from './plain-axes';

const ChartTooltip = lazy(() => import('./ChartTooltip'));

export function BarsChart(props: DrawnChartProps & { tooltip: boolean }) {
  const { data, index, series, width, height, tooltip } = props;
  return (
    <BarChart width={width} height={height} data={data} margin={PLAIN_MARGIN}>
      <PlainAxes data={data} index={index} formatTick={props.formatTick} />
      {tooltip && (
        // an enhancement: if its chunk cannot load, the chart stays without one (the values
        // are listed beside it and in the table), never a broken card
        <ErrorBoundary fallback={() => null}>
          <Suspense fallback={null}>
            <ChartTooltip formatPoint={props.formatPoint} index={index} />
          </Suspense>
        </ErrorBoundary>
      )}
      {series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
