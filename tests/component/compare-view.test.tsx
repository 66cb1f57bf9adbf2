import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DATA_URL, compiledSite, readCompiled, siteHandlers } from './compiled-site';
import type { CompareIndex } from '../../src/model/schema';

const compareIndex = (): CompareIndex => JSON.parse(readCompiled(compiledSite().manifest.files.compare));
import { renderApp } from './render-app';

const server = setupServer(...siteHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const card = async (name: RegExp) => {
  const heading = await screen.findByRole('heading', { level: 3, name });
  return heading.closest('article')!;
};

describe('compare view on the real compiled datasets', () => {
  it('shows both companies for the core four, with typed gaps instead of zero bars', async () => {
    renderApp('en');
    const rd = await card(/^R&D expense/);
    expect(within(rd).getByRole('button', { name: /FinVolution Group FY2022: RMB 491\.48 m/ })).toBeInTheDocument();
    expect(within(rd).getByText('not disclosed')).toBeInTheDocument();
    expect(within(rd).getByText('Not comparable', { selector: '.grade-badge' })).toBeInTheDocument();
    expect(within(rd).getByText(/does not disclose this metric, only/)).toBeInTheDocument();
    // Mashang's cumulative tech investment is shown beside it, never as a twin bar
    expect(within(rd).getByRole('button', { name: /Mashang Consumer Finance .*as of 2022-12: ≥ RMB 3 bn/ })).toBeInTheDocument();

    const ghg = await card(/^Scope 1\+2 GHG emissions/);
    expect(within(ghg).getByRole('button', { name: /FinVolution Group FY2022: 1,570\.8 tCO₂e/ })).toBeInTheDocument();
    expect(within(ghg).getAllByText("claimed in the report's index but not found").length).toBeGreaterThan(0);

    const staff = await card(/^Total employees/);
    // FinVolution's headline 4,870 includes outsourced staff: employees are derived as full-time + part-time
    expect(within(staff).getByRole('button', { name: /FinVolution Group FY2022: 4,157 persons/ })).toBeInTheDocument();
    expect(within(staff).queryByRole('button', { name: /4,870/ })).not.toBeInTheDocument();
    const inclusive = await card(/^Workforce incl\. outsourced staff/);
    expect(within(inclusive).getByRole('button', { name: /FinVolution Group FY2022: 4,870 persons/ })).toBeInTheDocument();
    expect(within(staff).getByRole('button', { name: /Mashang Consumer Finance FY2022: 2,785 persons/ })).toBeInTheDocument();

    const complaints = await card(/^Customer complaints/);
    expect(within(complaints).getByRole('button', { name: /FinVolution Group FY2022: 5,645/ })).toBeInTheDocument();
    expect(within(complaints).getByText("claimed in the report's index but not found")).toBeInTheDocument();
  });

  it('numbers caveats as footnotes with their texts', async () => {
    renderApp('en');
    const complaints = await card(/^Customer complaints/);
    const items = within(complaints.querySelector('ol.footnotes') as HTMLElement).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('only complaints from customers who reached a human agent');
    expect(items[0]).toHaveAttribute('value', '1');
    // the superscript next to FinVolution's value points at note 1
    const value = within(complaints).getByRole('button', { name: /FinVolution Group FY2022: 5,645/ });
    expect(value.parentElement!.querySelector('sup')).toHaveTextContent('1');
  });

  it('opens the provenance panel with the verbatim quote and highlighted figure', async () => {
    const user = userEvent.setup();
    renderApp('en');
    const rd = await card(/^R&D expense/);
    await user.click(within(rd).getByRole('button', { name: /FinVolution Group FY2022: RMB 491\.48 m/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Where this number comes from' });
    // the panel loads the full observations (quotes, derivations) when it opens
    await waitFor(() =>
      expect(dialog.querySelector('blockquote')).toHaveTextContent('研发费用投入 万元 37,017.5 43,485.0 49,148.4'),
    );
    expect(within(dialog).getAllByText('004_fc1b98ab1024343c.txt')[0]!.parentElement).toHaveTextContent(
      '004_fc1b98ab1024343c.txt : 3030',
    );
    await waitFor(() => expect(dialog.querySelector('mark')).toHaveTextContent('49,148.4'));
    expect(within(dialog).getAllByText('信也科技集团 2022 环境、社会及公司治理（ESG）报告')[0]).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('switches a card to a table with the same data', async () => {
    const user = userEvent.setup();
    renderApp('en');
    const ghg = await card(/^Scope 1\+2 GHG emissions/);
    await user.click(within(ghg).getByRole('radio', { name: 'Table' }));
    const table = await within(ghg).findByRole('table');
    const rows = within(table).getAllByRole('row');
    const text = rows.map((r) => r.textContent);
    expect(text).toContainEqual(expect.stringMatching(/FinVolution GroupFY20221,570\.8 tCO₂eexactreported3/));
    expect(text).toContainEqual(expect.stringMatching(/FinVolution GroupFY2020—exactnot disclosed/));
    expect(text).toContainEqual(
      expect.stringMatching(/Mashang Consumer FinanceFY2022—exactclaimed in the report's index but not found/),
    );
  });

  it('shows garbled figures as garbled, with the raw text, never as a value', async () => {
    renderApp('en');
    const patents = await card(/^Invention patent applications \(cumulative\)/);
    expect(within(patents).getByText(/“29003000”/)).toBeInTheDocument();
    expect(within(patents).getAllByText('garbled in source').length).toBeGreaterThan(0);
  });

  it('renders in Chinese with 亿元 formatting', async () => {
    renderApp('zh');
    const rd = await card(/^研发费用/);
    expect(within(rd).getByRole('button', { name: /信也科技 2022 年度: 4\.91亿元/ })).toBeInTheDocument();
  });

  it('never offers a normalisation that cannot succeed (revenue per revenue)', async () => {
    renderApp('en');
    const revenue = await card(/^Revenue/);
    expect(within(revenue).queryByRole('radio', { name: 'Per revenue' })).not.toBeInTheDocument();
  });

  it('states in one line what the comparison shows, for any number of companies', async () => {
    renderApp('en');
    await card(/^R&D expense/);
    expect(screen.getByText(/^2 companies, \d+ metrics: \d+ directly comparable/)).toBeInTheDocument();
  });

  it('counts, with every part loaded, the grades the compiler counted for the default peers (its headline before then)', async () => {
    renderApp('en');
    // a rest card drawn: the rest part is in, so the headline is the app's own count
    const workforce = await card(/^Workforce incl\. outsourced staff/);
    await waitFor(() => expect(within(workforce).getByRole('radio', { name: 'Table' })).toBeInTheDocument());
    const index = JSON.parse(readCompiled(compiledSite().manifest.files.compare)) as CompareIndex;
    const { comparable, comparable_with_caveats, not_comparable } = index.defaultGrades;
    expect(comparable + comparable_with_caveats + not_comparable).toBe(index.metricCount);
    // the app grades every card itself once the rest part is in; its counts must be the compiler's
    await waitFor(() =>
      expect(document.querySelector('.headline')!.textContent).toBe(
        `2 companies, ${index.metricCount} metrics: ${comparable} directly comparable, ${comparable_with_caveats} comparable with caveats, ${not_comparable} not comparable or disclosed by one company only.`,
      ),
    );
  });
});

describe('load failures', () => {
  it('shows a clear error with retry when the manifest fails, and recovers', async () => {
    let fail = true;
    server.use(
      http.get(`${DATA_URL}manifest.json`, () =>
        fail ? new HttpResponse('boom', { status: 500 }) : HttpResponse.json(compiledSite().manifest),
      ),
    );
    const user = userEvent.setup();
    renderApp('en');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The data could not be loaded');
    expect(alert).toHaveTextContent('manifest: HTTP 500');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 3, name: /^R&D expense/ })).toBeInTheDocument();
  });

  it('names the file that fails its schema, and the field', async () => {
    const file = compiledSite().manifest.files.compare;
    const index = compareIndex();
    (index.firstView.shards as unknown[])[0] = {
      company: 'mashang',
      part: 'core',
      observations: [{ company: 'mashang', value: 'lots' }],
    };
    server.use(...siteHandlers({ [file]: () => HttpResponse.json(index) }));
    renderApp('en');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /compare: does not match the dataset schema \(firstView\.shards\[0\]\.observations\[0\]\.metric: expected a string/,
    );
  });

  it('refuses a stale value/status pair the schema forbids (a reported value of null)', async () => {
    const file = compiledSite().manifest.files.compare;
    const index = compareIndex();
    index.firstView.shards[1]!.observations[0]!.value = null;
    server.use(...siteHandlers({ [file]: () => HttpResponse.json(index) }));
    renderApp('en');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /compare: .*firstView\.shards\[1\]\.observations\[0\]\.value: expected a value/,
    );
  });

  it('a peer beyond the default set loads its own core file, named in its errors', async () => {
    // an index whose default set is Mashang alone: FinVolution's core file is then not in its first view
    const indexFile = compiledSite().manifest.files.compare;
    const full = compareIndex();
    const index = {
      ...full,
      defaultPeers: ['mashang'],
      firstView: { ...full.firstView, shards: full.firstView.shards.filter((s) => s.company === 'mashang') },
    };
    const file = index.parts.core.companies.finvolution!;
    const shard = JSON.parse(readCompiled(file));
    shard.observations[0].value = null;
    server.use(...siteHandlers({ [indexFile]: () => HttpResponse.json(index), [file]: () => HttpResponse.json(shard) }));
    renderApp('en', '#/?v=2&lang=en&peers=mashang,finvolution');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /compare-core-finvolution: .*observations\[0\]\.value: expected a value/,
    );
  });

  it('reports truncated JSON', async () => {
    const file = compiledSite().manifest.files.compare;
    server.use(
      ...siteHandlers({
        [file]: () => new HttpResponse('{"companies": [{"id": "mash', { headers: { 'content-type': 'application/json' } }),
      }),
    );
    renderApp('en');
    expect(await screen.findByRole('alert')).toHaveTextContent('compare: the file is truncated or not valid JSON');
  });
});
