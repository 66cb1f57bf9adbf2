/**
 * The one chart of the app (Tremor-style narrow props): rows, the index key,
 * a series per company (label and colour), and formatters. Bars for fiscal
 * years on a category axis; dated points on a time axis, where uneven gaps are
 * drawn unevenly and the edge points keep a margin. Ticks are chosen so none
 * vanish on a phone. The figure carries a text alternative.
 *
 * For a fast first view the chart is drawn at the width measured from its box
 * (no ResponsiveContainer round trip), without animation, and only on its turn
 * (draw-queue: one chart per frame); its box keeps the height meanwhile.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useDrawTurn } from './draw-queue';

export type ChartRow = Record<string, string | number | null>;

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

export interface ChartProps {
  data: ChartRow[];
  /** Key of the x value: a category label, or ms since epoch when `time` is set. */
  index: string;
  series: ChartSeries[];
  kind: 'bars' | 'points';
  time?: boolean;
  log?: boolean;
  /** Axis tick text for a value. */
  formatTick: (value: number) => string;
  /** Tooltip text for one company's point in a row (qualifier, unit and per-unit included). */
  formatPoint: (row: ChartRow, seriesKey: string) => string;
  /** Short text alternative read by screen readers. */
  summary: string;
  height?: number;
}

const DAY = 86_400_000;

function isoMonth(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

/** At most four ticks, at data dates, so labels fit at 375 px. */
function timeTicks(times: number[]): number[] {
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

/**
 * The element's content width, kept current on resize; 0 until measured, and where there is
 * no layout (jsdom), so nothing is drawn there. Read in the ResizeObserver callback, which
 * runs after the browser's own layout: reading it while mounting would force a layout of the
 * whole page for every chart.
 */
function useMeasuredWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.floor(el.clientWidth));
    if (typeof ResizeObserver === 'undefined') return measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

export function Chart(props: ChartProps) {
  const { summary, height = 200 } = props;
  const box = useRef<HTMLDivElement>(null);
  const width = useMeasuredWidth(box);
  const turn = useDrawTurn();
  return (
    <div className="chart-area" ref={box} role="img" aria-label={summary} style={{ height }}>
      {turn && width > 0 ? <DrawnChart {...props} width={width} height={height} /> : null}
    </div>
  );
}

function DrawnChart({
  data,
  index,
  series,
  kind,
  time,
  log,
  formatTick,
  formatPoint,
  width,
  height,
}: ChartProps & { width: number; height: number }) {
  const size = { width, height };
  const margin = { top: 8, right: 20, left: 4, bottom: 0 };
  const tooltip = (
    <Tooltip
      isAnimationActive={false}
      formatter={(_value, _name, item) => formatPoint(item.payload as ChartRow, String(item.dataKey))}
      labelFormatter={(label) => (time && typeof label === 'number' ? isoMonth(label) : String(label))}
      contentStyle={{ fontVariantNumeric: 'tabular-nums' }}
    />
  );
  const logTicks = log ? decades(data, series) : undefined;
  const yAxis = (
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
  let chart;
  if (kind === 'bars') {
    chart = (
      <BarChart {...size} data={data} margin={margin}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey={index} interval={0} tick={{ fontSize: 12 }} />
        {yAxis}
        {tooltip}
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
        ))}
      </BarChart>
    );
  } else {
    const xs = data.map((r) => r[index]).filter((v): v is number => typeof v === 'number');
    const min = Math.min(...xs);
    const max = Math.max(...xs);
    const pad = time ? Math.max((max - min) * 0.08, 120 * DAY) : Math.max((max - min) * 0.08, 1);
    chart = (
      <LineChart {...size} data={data} margin={margin}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
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
        {yAxis}
        {tooltip}
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
  return chart;
}
