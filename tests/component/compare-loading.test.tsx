/**
 * The compare page's part files on the real compile: adding a peer keeps the page
 * (no skeletons, focus stays) until the new company's files arrive, and a failed
 * rest file is reported in the groups beyond the core, with a retry, while the
 * core four stay.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { delay, HttpResponse } from 'msw';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CompareIndex } from '../../src/model/schema';
import { compiledSite, readCompiled, siteHandlers } from './compiled-site';
import { renderApp } from './render-app';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from '../../src/app/App';
import { PAGES } from '../../src/app/pages';
import { applyHash } from '../../src/app/url-sync';

const server = setupServer(...siteHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const index = JSON.parse(readCompiled(compiledSite().manifest.files.compare)) as CompareIndex;
const json = (file: string) => () => new HttpResponse(readCompiled(file), { headers: { 'content-type': 'application/json' } });
/** Serves `file` only once `release()` is called: a slow network, held open by the test. */
function held(file: string, others: Parameters<typeof siteHandlers>[0] = {}) {
  let release: () => void = () => undefined;
  const arrived = new Promise<void>((r) => (release = r));
  server.use(
    ...siteHandlers({
      ...others,
      [file]: async () => {
        await arrived;
        return json(file)();
      },
    }),
  );
  return release;
}
/** The index as if Mashang alone were the default peer set: FinVolution's core file is then its own download. */
const mashangAloneByDefault = (): CompareIndex => ({
  ...index,
  defaultPeers: ['mashang'],
  firstView: { ...index.firstView, shards: index.firstView.shards.filter((s) => s.company === 'mashang') },
});
const card = async (name: RegExp) => (await screen.findByRole('heading', { level: 3, name })).closest('article')!;

describe('compare page parts', () => {
  it('adding a peer keeps the page and its focus until the new company’s files arrive', async () => {
    // an index whose default set is Mashang alone: FinVolution's core file is then its own download
    const release = held(index.parts.core.companies.finvolution!, {
      [compiledSite().manifest.files.compare]: () => HttpResponse.json(mashangAloneByDefault()),
    });
    const user = userEvent.setup();
    renderApp('en', '#/?v=2&lang=en&peers=mashang');
    const rd = await card(/^R&D expense/);
    expect(within(rd).queryByRole('button', { name: /FinVolution Group/ })).not.toBeInTheDocument();

    const box = screen.getByRole('checkbox', { name: 'FinVolution Group' });
    await user.click(box);
    await delay(100);
    // still the page, not skeletons: the card and the box just ticked stay, focus with it
    expect(screen.queryByRole('status', { name: /Loading/ })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: /^R&D expense/ })).toBe(within(rd).getByRole('heading', { level: 3 }));
    expect(document.activeElement).toBe(box);

    release();
    expect(await within(rd).findByRole('button', { name: /FinVolution Group FY2022: RMB 491\.48 m/ })).toBeInTheDocument();
  });

  it('while the rest part loads the page stays; a peer added afterwards joins the rest cards only with its rest file', async () => {
    const release = held(index.parts.rest.companies.finvolution!);
    const user = userEvent.setup();
    renderApp('en', '#/?v=2&lang=en&peers=mashang');
    // Mashang alone: its rest file arrives, the workforce card draws
    const workforce = await waitFor(async () => {
      const c = await card(/^Workforce incl\. outsourced staff/);
      expect(within(c).getByRole('radio', { name: 'Table' })).toBeInTheDocument();
      return c;
    });
    await user.click(screen.getByRole('checkbox', { name: 'FinVolution Group' }));
    await delay(150);
    // FinVolution's core file is here, its rest file is not: the rest cards stay drawn, without it for now
    expect(within(workforce).getByRole('radio', { name: 'Table' })).toBeInTheDocument();
    expect(within(workforce).queryByRole('button', { name: /FinVolution Group/ })).not.toBeInTheDocument();
    release();
    expect(await within(workforce).findByRole('button', { name: /FinVolution Group FY2022: 4,870 persons/ })).toBeInTheDocument();
  });

  it('while the rest part loads, the headline gives the compiler’s counts for the default peers; for another selection it says what it counted', async () => {
    const release = held(index.parts.rest.companies.finvolution!);
    renderApp('en', '#/?v=2&lang=en');
    await card(/^R&D expense/);
    const { comparable: c, comparable_with_caveats: w, not_comparable: n } = index.defaultGrades;
    const headline = () => document.querySelector('.headline')!.textContent;
    expect(headline()).toBe(
      `2 companies, ${c + w + n} metrics: ${c} directly comparable, ${w} comparable with caveats, ${n} not comparable or disclosed by one company only.`,
    );
    // one year: the compiler's counts are for every year, so only the loaded cards are counted, and the headline says so
    act(() => applyHash('#/?v=2&lang=en&year=2022'));
    await waitFor(() => expect(headline()).toMatch(/\(Counted over the 4 of \d+ metrics loaded so far;/));
    expect(headline()).toContain('Reporting year: 2022.');
    release();
    await waitFor(() => expect(headline()).not.toContain('Counted over'));
  });

  it('a failed rest file shows one error with retry in place of the groups beyond the core; the core four stay', async () => {
    const file = index.parts.rest.companies.finvolution!;
    let failing = true;
    server.use(...siteHandlers({ [file]: () => (failing ? new HttpResponse('boom', { status: 500 }) : json(file)()) }));
    const user = userEvent.setup();
    renderApp('en');
    const rd = await card(/^R&D expense/);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/compare-rest-finvolution: HTTP 500/);
    // said once; no group pretends to have loaded
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'Workforce' })).not.toBeInTheDocument();
    expect(within(rd).getByRole('button', { name: /FinVolution Group FY2022: RMB 491\.48 m/ })).toBeInTheDocument();

    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(async () =>
      expect(
        within(await card(/^Workforce incl\. outsourced staff/)).getByRole('button', {
          name: /FinVolution Group FY2022: 4,870 persons/,
        }),
      ).toBeInTheDocument(),
    );
    expect(screen.getByRole('region', { name: 'Workforce' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('preloaded (as main.tsx does before the first render), the page renders with its data at once: no skeletons', async () => {
    window.history.replaceState(null, '', '/#/?v=2&lang=en');
    applyHash(window.location.hash);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
    const compare = PAGES.find((p) => p.path === '/')!;
    await compare.preload(client);
    // the first view's files are in the cache: the index, and the core metrics and each default peer's
    // core file, which the index carries
    expect(client.getQueryCache().findAll({ queryKey: ['compare', 'file'] })).toHaveLength(index.defaultPeers.length + 1);
    render(
      <QueryClientProvider client={client}>
        <App />
      </QueryClientProvider>,
    );
    // synchronously: the first render is the page with its cards, not the loading skeletons
    expect(screen.getByRole('heading', { level: 3, name: /^R&D expense/ })).toBeInTheDocument();
    expect(screen.queryByText('Loading data…')).toBeNull();
    expect(document.querySelector('.skeleton')).toBeNull();
  });
});
