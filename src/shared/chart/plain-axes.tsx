/**
 * The first view's bars carry no recharts axis components (their axis, label and
 * tick modules are ~6 KB gzip): the chart keeps recharts' implicit axes, a band per
 * row across and a linear value axis from zero (or below, for negative values)
 * with 5 nice ticks, and these components draw what the axes would: the grid, the
 * value ticks on the left and the row labels underneath, from recharts' own scale
 * and plot area, in recharts' look (12 px text, #666).
 */
import { getNiceTickValues, usePlotArea, useYAxisDomain, useYAxisScale } from 'recharts';
import type { ChartRow } from './Chart';

/** Room for the value ticks (left) and the row labels (below), as recharts' axes take. */
export const AXIS_WIDTH = 60;
export const AXIS_HEIGHT = 30;
export const MARGIN = { top: 8, right: 20, left: 4, bottom: 0 };
/** The margin of a chart that draws its axes itself: the axes' room added. */
export const PLAIN_MARGIN = { ...MARGIN, left: MARGIN.left + AXIS_WIDTH, bottom: MARGIN.bottom + AXIS_HEIGHT };

const TICK = { fontSize: 12, fill: '#666' } as const;
const TICK_SIZE = 6;
const TICK_GAP = 2;

interface Plot {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Dashed lines across the plot at the value ticks' heights, under the marks. */
export function GridLines({ ys, plot }: { ys: readonly number[]; plot: Plot }) {
  return (
    <g className="value-grid" aria-hidden="true">
      {ys.map((y) => (
        <line key={y} x1={plot.x} x2={plot.x + plot.width} y1={y} y2={y} stroke="#ccc" strokeDasharray="3 3" />
      ))}
    </g>
  );
}

/** The value ticks recharts' implicit axis scales to: 5 nice values over its domain. */
export function niceTicks(domain: readonly unknown[] | undefined): number[] {
  const [lo, hi] = domain ?? [];
  if (typeof lo !== 'number' || typeof hi !== 'number' || !Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  return getNiceTickValues([lo, hi], 5, true, 'adaptive');
}

interface PlainAxesProps {
  data: ChartRow[];
  /** Key of each row's label. */
  index: string;
  formatTick: (value: number) => string;
}

/** Grid, value axis and row labels of a bar chart on recharts' implicit axes. */
export function PlainAxes({ data, index, formatTick }: PlainAxesProps) {
  const plot = usePlotArea();
  const scale = useYAxisScale();
  const ticks = niceTicks(useYAxisDomain());
  if (!plot || !scale) return null;
  const marks = ticks.flatMap((value) => {
    const y = scale(value);
    return typeof y === 'number' && Number.isFinite(y) ? [{ value, y }] : [];
  });
  const left = plot.x;
  const bottom = plot.y + plot.height;
  const band = data.length > 0 ? plot.width / data.length : 0;
  return (
    <>
      <GridLines ys={marks.map((m) => m.y)} plot={plot} />
      <g className="plain-axis plain-axis-y" aria-hidden="true">
        <line x1={left} x2={left} y1={plot.y} y2={bottom} stroke="#666" />
        {marks.map(({ value, y }) => (
          <g key={value}>
            <line x1={left - TICK_SIZE} x2={left} y1={y} y2={y} stroke="#666" />
            <text x={left - TICK_SIZE - TICK_GAP} y={y} dy="0.355em" textAnchor="end" {...TICK}>
              {formatTick(value)}
            </text>
          </g>
        ))}
      </g>
      <g className="plain-axis plain-axis-x" aria-hidden="true">
        <line x1={left} x2={left + plot.width} y1={bottom} y2={bottom} stroke="#666" />
        {data.map((row, i) => {
          const x = left + band * (i + 0.5);
          return (
            <g key={i}>
              <line x1={x} x2={x} y1={bottom} y2={bottom + TICK_SIZE} stroke="#666" />
              <text x={x} y={bottom + TICK_SIZE + TICK_GAP} dy="0.71em" textAnchor="middle" {...TICK}>
                {String(row[index] ?? '')}
              </text>
            </g>
          );
        })}
      </g>
    </>
  );
}
