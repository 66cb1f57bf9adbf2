/**
 * The one chart of the app (Tremor-style narrow props): rows, the index key,
 * a series per company (label and colour), and formatters. Bars for fiscal
 * years on a category axis; dated points on a time axis, where uneven gaps are
 * drawn unevenly and the edge points keep a margin. Ticks are chosen so none
 * vanish on a phone. The figure carries a text alternative.
 *
 * For a fast first view the chart is drawn at the width measured from its box
 * (no ResponsiveContainer round trip), without animation, and only on its turn
 * (draw-queue: one chart per frame); its box keeps the height meanwhile. Bars on
 * a linear axis (BarsChart) ship with the page, their tooltip loads once a reader
 * points at, touches or focuses a chart; points and log bars (AxesChart) are a
 * chunk of their own.
 */
import { Suspense, startTransition, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { LoadError } from '../ui/LoadError';
import { useLazyRetry } from '../ui/use-lazy-retry';
import { BarsChart } from './BarsChart';
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
  /**
   * The page's first chart: its width read while mounting (one forced layout, which the
   * page's first paint needs anyway) and drawn at once as a transition, without waiting for
   * a resize callback or a turn, so the first view shows a chart a frame and a task sooner.
   */
  first?: boolean;
}

export type DrawnChartProps = ChartProps & { width: number; height: number };

/**
 * The element's content width, kept current on resize; 0 until measured, and where there is
 * no layout (jsdom), so nothing is drawn there. Read in the ResizeObserver callback, which
 * runs after the browser's own layout: reading it while mounting would force a layout of the
 * whole page for every chart. `box` names the element's mounting: when it changes (the box
 * mounts afresh after a failed chart chunk's retry) the new element is measured and observed.
 */
function useMeasuredWidth(ref: RefObject<HTMLElement | null>, now: boolean, box: unknown): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.floor(el.clientWidth));
    // the first chart: measured while mounting, drawn as a transition (in slices, not inside this commit)
    if (now) startTransition(measure);
    else if (typeof ResizeObserver === 'undefined') measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, now, box]);
  return width;
}

const loadAxesChart = () => import('./AxesChart');

export function Chart(props: ChartProps) {
  const { summary, height = 200, first = false } = props;
  const box = useRef<HTMLDivElement>(null);
  const turn = useDrawTurn(first);
  const axes = props.kind !== 'bars' || props.log === true;
  const [AxesChart, retryAxes] = useLazyRetry(loadAxesChart);
  // the box unmounts while a failed chart chunk's message shows; a retry mounts it afresh
  const width = useMeasuredWidth(box, first, AxesChart);
  // the tooltip is wanted from the first pointer, touch or focus on the chart on
  const [tooltip, setTooltip] = useState(false);
  const want = tooltip ? undefined : () => setTooltip(true);
  const area = (
    <div
      className="chart-area"
      ref={box}
      role="img"
      aria-label={summary}
      style={{ height }}
      onPointerEnter={want}
      onTouchStart={want}
      onFocus={want}
    >
      {turn && width > 0 ? (
        !axes ? (
          <BarsChart {...props} width={width} height={height} tooltip={tooltip} />
        ) : (
          <Suspense fallback={null}>
            <AxesChart {...props} width={width} height={height} />
          </Suspense>
        )
      ) : null}
    </div>
  );
  // a chart chunk that fails to load says so beside the chart's box (not inside its image role), with a
  // retry; always in place, so switching to a log axis keeps the box mounted
  return (
    <ErrorBoundary resetKey={AxesChart} fallback={(error) => <LoadError error={error} onRetry={retryAxes} />}>
      {area}
    </ErrorBoundary>
  );
}
