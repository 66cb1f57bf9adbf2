/**
 * Issue 8 §5 in the app: a third company added with data files only
 * (tests/fixtures/third-company) shows up everywhere without a code change —
 * legend, peer-set selector, cards — and the peer set and year travel in the URL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { compileThreeCompanies } from '../fixtures/third-company/build-root';
import { siteHandlers } from './compiled-site';
import { renderApp } from './render-app';

const out = mkdtempSync(join(tmpdir(), 'duibiao-three-app-'));
const compiled = compileThreeCompanies(out);
const site = { dir: out, manifest: compiled.manifest };
const NAMES = ['Mashang Consumer Finance', 'FinVolution Group', 'Xingfu (synthetic)'];

const server = setupServer(...siteHandlers({}, site));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => {
  server.close();
  rmSync(out, { recursive: true, force: true });
  rmSync(compiled.root, { recursive: true, force: true });
});

const card = async (name: RegExp) => (await screen.findByRole('heading', { level: 3, name })).closest('article')!;

describe('three companies from data files only', () => {
  it('shows all three in the legend, the peer-set selector and a card with three series', async () => {
    renderApp('en');
    const complaints = await card(/^Customer complaints/);
    const legend = screen.getByRole('complementary', { name: 'Company legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('strong')!.textContent),
    ).toEqual(NAMES);
    const peers = screen.getByRole('group', { name: 'Companies compared' });
    const boxes = within(peers).getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('label')!.textContent)).toEqual(NAMES);
    expect(boxes.every((b) => (b as HTMLInputElement).checked)).toBe(true);
    // the card states a value per company and charts three series
    expect(within(complaints).getByRole('button', { name: /Xingfu \(synthetic\) FY2023: 980/ })).toBeInTheDocument();
    const chart = within(complaints).getByRole('img');
    for (const name of NAMES) expect(chart.getAttribute('aria-label')).toContain(`${name}:`);
    expect(screen.getByText(/^3 companies, /)).toBeInTheDocument();
  });

  it('narrows the comparison to a chosen peer set and year, written to the URL and read back', async () => {
    const user = userEvent.setup();
    const { unmount } = renderApp('en');
    await card(/^Customer complaints/);
    await user.click(screen.getByRole('checkbox', { name: 'Mashang Consumer Finance' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reporting year' }), '2023');
    await waitFor(() => expect(window.location.hash).toBe('#/?v=2&lang=en&peers=finvolution%2Cxingfu&year=2023'));
    const legend = screen.getByRole('complementary', { name: 'Company legend' });
    expect(within(legend).getAllByRole('listitem')).toHaveLength(2);
    const complaints = await card(/^Customer complaints/);
    expect(within(complaints).queryByText('Mashang Consumer Finance')).toBeNull();
    expect(within(complaints).getByRole('button', { name: /Xingfu \(synthetic\) FY2023: 980/ })).toBeInTheDocument();
    expect(within(complaints).queryByRole('button', { name: /FY2022/ })).toBeNull();
    // the last company left cannot be unticked
    await user.click(screen.getByRole('checkbox', { name: 'FinVolution Group' }));
    expect(screen.getByRole('checkbox', { name: 'Xingfu (synthetic)' })).toBeDisabled();
    unmount();

    // the link opens the same view; ticking every company again returns to the default (no peers key)
    renderApp('en', '#/?v=2&lang=en&peers=finvolution%2Cxingfu&year=2023');
    await card(/^Customer complaints/);
    expect(screen.getByRole('checkbox', { name: 'Mashang Consumer Finance' })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Reporting year' })).toHaveValue('2023');
    await user.click(screen.getByRole('checkbox', { name: 'Mashang Consumer Finance' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reporting year' }), '');
    await waitFor(() => expect(window.location.hash).toBe('#/?v=2&lang=en'));
  });
});
