/**
 * The charts that need recharts' own axes, in a chunk of their own (never in the
 * first view): dated points on a time (or linear) axis, where uneven gaps are
 * drawn unevenly and the edge points keep a margin; and bars on a log axis.
 */
import { Bar, BarChart, Line, LineChart, XAxis } from 'recharts';
import type { DrawnChartProps } from './Chart';
import { ValueGrid, valueAxis } from './chart-axes';
import ChartTooltip from './ChartTooltip';
import { MARGIN } from './plain-axes';
import { DAY, isoMonth, timeTicks } from './time-ticks';

function LogBars(props: DrawnChartProps) {
  const { data, index, series, width, height } = props;
  return (
    <BarChart width={width} height={height} data={data} margin={MARGIN}>
      <XAxis dataKey={index} interval={0} tick={{ fontSize: 12 }} />
      <ValueGrid />
      {valueAxis(props)}
      <ChartTooltip formatPoint={props.formatPoint} index={index} />
      {series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}

function Points(props: DrawnChartProps) {
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
      <ChartTooltip formatPoint={props.formatPoint} index={index} time={time} />
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

export default function AxesChart(props: DrawnChartProps) {
  return props.kind === 'points' ? <Points {...props} /> : <LogBars {...props} />;
}
