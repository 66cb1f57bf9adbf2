/**
 * The charts' tooltip: a company's value as the card writes it (qualifier, unit and
 * per-unit included). Its own chunk for the first view's bars, which load it when a
 * reader first points at, touches or focuses a chart (recharts' tooltip is ~8 KB gzip);
 * the axes chart ships it inline.
 */
import { Tooltip } from 'recharts';
import type { ChartProps, ChartRow } from './Chart';
import { isoMonth } from './time-ticks';

/** The row's label: its `index` value, as a time axis or the category axis would show it. */
function rowLabel(label: unknown, rows: readonly { payload?: unknown }[] | undefined, index: string, time?: boolean): string {
  const x = (rows?.[0]?.payload as ChartRow | undefined)?.[index] ?? label;
  return time && typeof x === 'number' ? isoMonth(x) : String(x ?? '');
}

export default function ChartTooltip({ formatPoint, index, time }: Pick<ChartProps, 'formatPoint' | 'index' | 'time'>) {
  return (
    <Tooltip
      isAnimationActive={false}
      formatter={(_value, _name, item) => formatPoint(item.payload as ChartRow, String(item.dataKey))}
      labelFormatter={(label, rows) => rowLabel(label, rows, index, time)}
      contentStyle={{ fontVariantNumeric: 'tabular-nums' }}
    />
  );
}
