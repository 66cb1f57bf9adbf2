/**
 * Dated points on a time (or linear) axis, where uneven gaps are drawn unevenly
 * and the edge points keep a margin. Its own chunk: loaded when a card with dated
 * values is drawn, never in the first view.
 */
import { Line, LineChart, XAxis } from 'recharts';
import { DAY, MARGIN, ValueGrid, chartTooltip, isoMonth, timeTicks, valueAxis, type DrawnChartProps } from './chart-axes';

export default function PointsChart(props: DrawnChartProps) {
  const { data, index, series, time, width, height } = props;
  const xs = data.map((r) => r[index]).filter((v): v is number => typeof v === 'number');
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  const pad = time ? Math.max((max - min) * 0.08, 120 * DAY) : Math.max((max - min) * 0.08, 1);
  return (
    <LineChart width={width} height={height} data={data} margin={MARGIN}>
      <XAxis
        dataKey={index}
        type="number"
        scale={time ? 'time' : 'linear'}
        domain={[min - pad, max + pad]}
        ticks={time ? timeTicks(xs) : undefined}
        interval={0}
        tickFormatter={(v: number) => (time ? isoMonth(v) : String(v))}
        tick={{ fontSize: 12 }}
      />
      <ValueGrid />
      {valueAxis(props)}
      {chartTooltip(props)}
      {series.map((s) => (
        <Line
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stroke="none"
          dot={{ r: 5, fill: s.color, stroke: s.color }}
          activeDot={{ r: 6 }}
          isAnimationActive={false}
          connectNulls={false}
        />
      ))}
    </LineChart>
  );
}
