/**
 * The first view's bar chart draws its own axes on recharts' implicit ones: the value ticks
 * must be recharts' (the bars are scaled to them), negative values must extend the axis below
 * zero, and each row's label sits under its band. The tooltip is not part of it until wanted.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarsChart } from '../../src/shared/chart/BarsChart';
import type { DrawnChartProps } from '../../src/shared/chart/Chart';

function props(values: (number | null)[][], over: Partial<DrawnChartProps> = {}): DrawnChartProps {
  return {
    data: values.map((v, i) => ({ x: `FY${2020 + i}`, a: v[0] ?? null, b: v[1] ?? null })),
    index: 'x',
    series: [
      { key: 'a', label: 'A', color: '#c2410c' },
      { key: 'b', label: 'B', color: '#1d4ed8' },
    ],
    kind: 'bars',
    formatTick: (v) => `t${v}`,
    formatPoint: () => '',
    summary: '',
    width: 400,
    height: 200,
    ...over,
  };
}

const ticks = (c: HTMLElement) => [...c.querySelectorAll('.plain-axis-y text')].map((t) => t.textContent);
const labels = (c: HTMLElement) => [...c.querySelectorAll('.plain-axis-x text')].map((t) => t.textContent);
/** The y of each tick label, against the y of the plot's top and bottom (the grid's extremes). */
const tickYs = (c: HTMLElement) => [...c.querySelectorAll('.plain-axis-y text')].map((t) => Number(t.getAttribute('y')));

describe('BarsChart (first view bars, own axes)', () => {
  it('labels the value axis with recharts’ nice ticks from zero, top tick at the top of the plot', async () => {
    const { container } = render(
      <BarsChart
        {...props([
          [3000, 4266],
          [2785, 4157],
        ])}
        tooltip={false}
      />,
    );
    await waitFor(() => expect(ticks(container)).toEqual(['t0', 't1500', 't3000', 't4500', 't6000']));
    const ys = tickYs(container);
    // 0 at the bottom of the plot (200 - 30 axis room), 6,000 at its top (margin 8): the bars' scale
    expect(ys[0]).toBe(170);
    expect(ys.at(-1)).toBe(8);
    expect(labels(container)).toEqual(['FY2020', 'FY2021']);
    // the bars are drawn on that scale: A's 3,000 reaches the 3,000 tick
    const bars = [...container.querySelectorAll('.recharts-bar-rectangle path')].map((p) => Number(p.getAttribute('y')));
    expect(bars[0]).toBeCloseTo(ys[2]!, 5);
  });

  it('extends the value axis below zero for a negative value', async () => {
    const { container } = render(
      <BarsChart
        {...props([
          [-120, 300],
          [80, null],
        ])}
        tooltip={false}
      />,
    );
    await waitFor(() => expect(ticks(container).length).toBeGreaterThan(2));
    const values = ticks(container).map((t) => Number(t!.slice(1)));
    expect(Math.min(...values)).toBeLessThanOrEqual(-120);
    expect(Math.max(...values)).toBeGreaterThanOrEqual(300);
    expect(values).toContain(0);
  });

  it('labels distinct ticks when every value is zero, or all are equal', async () => {
    for (const values of [
      [[0, 0]],
      [
        [5, 5],
        [5, 5],
      ],
    ]) {
      const { container, unmount } = render(<BarsChart {...props(values)} tooltip={false} />);
      await waitFor(() => expect(ticks(container).length).toBeGreaterThan(0));
      const shown = ticks(container);
      expect(new Set(shown).size).toBe(shown.length);
      unmount();
    }
  });

  it('puts each row label under the middle of its band', async () => {
    const { container } = render(
      <BarsChart
        {...props([
          [1, 2],
          [3, 4],
          [5, 6],
          [7, 8],
        ])}
        tooltip={false}
      />,
    );
    await waitFor(() => expect(labels(container)).toHaveLength(4));
    const xs = [...container.querySelectorAll('.plain-axis-x text')].map((t) => Number(t.getAttribute('x')));
    // plot from 64 (margin 4 + axis 60) to 380 (400 - margin 20): four bands of 79 px
    expect(xs).toEqual([64 + 39.5, 64 + 118.5, 64 + 197.5, 64 + 276.5]);
  });

  it('has no tooltip until one is wanted, then recharts’ tooltip is in the chart', async () => {
    const { container, rerender } = render(<BarsChart {...props([[1, 2]])} tooltip={false} />);
    await waitFor(() => expect(labels(container)).toEqual(['FY2020']));
    expect(container.querySelector('.recharts-tooltip-wrapper')).toBeNull();
    rerender(<BarsChart {...props([[1, 2]])} tooltip />);
    await waitFor(() => expect(container.querySelector('.recharts-tooltip-wrapper')).not.toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
