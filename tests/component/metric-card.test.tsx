import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MetricCard, type MetricCardProps } from '../../src/features/compare/MetricCard';
import { TableView } from '../../src/features/compare/TableView';
import { buildCardModel } from '../../src/model/card-model';
import { translator } from '../../src/shared/i18n/use-t';
import type { Mode } from '../../src/features/compare/compare-store';
import { cardInput } from './card-fixtures';

function renderCard(lang: 'zh' | 'en', mode: Mode, over: Partial<MetricCardProps> = {}) {
  const props: MetricCardProps = {
    model: buildCardModel(cardInput(), mode),
    tr: translator(lang),
    view: 'chart',
    scale: 'linear',
    modes: ['employee'],
    eager: true,
    onViewChange: vi.fn(),
    onModeChange: vi.fn(),
    onScaleChange: vi.fn(),
    onOpen: vi.fn(),
    ...over,
  };
  render(<MetricCard {...props} />);
  return props;
}

describe('metric card, normalised (plain-object props)', () => {
  it('shows a normalised value with its qualifier and per-unit, never as a false zero', () => {
    renderCard('en', 'employee');
    expect(screen.getByRole('button', { name: /Alpha FY2022: ≈ 0\.0043 tCO₂e per employee/ })).toBeInTheDocument();
  });

  it('keeps the verdict and footnotes when a normalisation is refused, and says why once', () => {
    renderCard('en', 'employee');
    expect(screen.getByText('Comparable with caveats', { selector: '.grade-badge' })).toBeInTheDocument();
    const notes = screen.getAllByRole('note');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toHaveTextContent('Not normalised (Beta FY2022): Emissions cover the head office only');
    expect(document.querySelector('ol.footnotes')).toHaveTextContent('Head office only');
  });

  it('shows the gap explanation as visible text in the page language', () => {
    renderCard('zh', 'absolute');
    expect(screen.getByText('报告未提及排放。')).toBeVisible();
    expect(screen.getByText('未披露')).toBeInTheDocument();
  });

  it('offers only absolute and the modes with data; arrow keys move within the group', async () => {
    const user = userEvent.setup();
    const props = renderCard('en', 'absolute');
    const group = screen.getByRole('radiogroup', { name: 'Normalise' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.textContent),
    ).toEqual(['Absolute', 'Per employee']);
    within(group).getByRole('radio', { name: 'Absolute' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(props.onModeChange).toHaveBeenCalledWith('employee');
  });

  it('says when a page-level mode is not offered by this card', () => {
    renderCard('en', 'absolute', { modes: [], unavailableMode: 'revenue' });
    expect(screen.getByText('“Per revenue” is not offered for this metric; absolute values are shown.')).toBeInTheDocument();
  });

  it('offers a log scale when values differ widely, and says when it is on', () => {
    renderCard('en', 'absolute', { scale: 'log' });
    expect(screen.getByRole('radio', { name: 'Log' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByText(/Log scale: each gridline is ten times/)).toBeInTheDocument();
  });

  it('shows the normalised value with qualifier and per-unit in the table too', async () => {
    renderCard('en', 'employee', { view: 'table' });
    // the table is its own chunk: a moment's loading note, then the table
    expect(screen.getByText('Loading data…')).toBeInTheDocument();
    const rows = (await screen.findAllByRole('row')).map((r) => r.textContent);
    expect(rows).toContainEqual(expect.stringContaining('≈ 0.0043 tCO₂e per employeeabout (nearly)derived'));
    expect(screen.getByRole('region', { name: /Table scrolls sideways/ })).toBeInTheDocument();
  });
});

describe('a card’s table view (its own chunk)', () => {
  it('says why when the table cannot load, and Retry loads it afresh', async () => {
    const user = userEvent.setup();
    const real = await import('../../src/features/compare/MetricTable');
    const load = vi
      .fn<() => Promise<typeof real>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce(real);
    // LoadError speaks the app's language (Chinese unless switched): the card's translator matches it
    const tr = translator('zh');
    render(<TableView model={buildCardModel(cardInput(), 'absolute')} tr={tr} onOpen={vi.fn()} load={load} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed to fetch dynamically imported module');
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
