/** Bars for fiscal years on a category axis (the first view's charts). */
import { Bar, BarChart, XAxis } from 'recharts';
import { MARGIN, ValueGrid, chartTooltip, valueAxis, type DrawnChartProps } from './chart-axes';

export function BarsChart(props: DrawnChartProps) {
  const { data, index, series, width, height } = props;
  return (
    <BarChart width={width} height={height} data={data} margin={MARGIN}>
      <XAxis dataKey={index} interval={0} tick={{ fontSize: 12 }} />
      <ValueGrid />
      {valueAxis(props)}
      {chartTooltip(props)}
      {series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
