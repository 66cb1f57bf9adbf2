import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupServer } from 'msw/node';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { siteHandlers } from './compiled-site';
import { renderApp } from './render-app';
import { ErrorBoundary } from '../../src/shared/ui/ErrorBoundary';

const server = setupServer(...siteHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('app shell', () => {
  it('opens the methodology page from the registry, in the page language', async () => {
    renderApp('zh', '#/methodology');
    expect(await screen.findByRole('heading', { level: 2, name: '可比性等级' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '方法说明' })).toHaveAttribute('aria-current', 'page');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('shows one metric on its own page, every value with its source line linked into the reader', async () => {
    renderApp('en', '#/metric/complaints?v=2&lang=en');
    expect(await screen.findByRole('heading', { level: 2, name: /^Customer complaints/ })).toBeInTheDocument();
    const finvolution = screen.getByRole('region', { name: /^FinVolution Group/ });
    const row = within(finvolution)
      .getAllByRole('row')
      .find((r) => r.textContent?.startsWith('FY2022'))!;
    expect(within(row).getByRole('button', { name: 'Where this comes from: 5,645' })).toBeInTheDocument();
    const link = within(row).getAllByRole('link', { name: /^Open in the source: / })[0]!;
    expect(link.getAttribute('href')).toMatch(/^#\/source\/004_fc1b98ab1024343c\.txt\?v=2&lang=en&line=\d+&q=/);
  });

  it('opens a source at a line with the quote highlighted, loading the seed only on that page', async () => {
    const quote = '马上消费已累计投入33亿元用于科技研发，申请发';
    renderApp('en', `#/source/003_3447acc407f3fddb.txt?v=2&lang=en&line=36&q=${encodeURIComponent(quote)}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Source text' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: /赫建营/ })).toBeInTheDocument();
    // the reading position survives the URL sync (jsdom lays out no lines; the browser test checks the highlight)
    const params = new URLSearchParams(window.location.hash.slice(window.location.hash.indexOf('?') + 1));
    expect([params.get('line'), params.get('q')]).toEqual(['36', quote]);
    expect(screen.getByRole('checkbox', { name: /^Show ignored numbers \(\d+\)$/ })).toBeInTheDocument();
  });

  it('says so for an unknown page, with a way back', async () => {
    renderApp('en', '#/nowhere?v=2&lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the comparison' })).toHaveAttribute('href', '#/?v=2&lang=en');
  });

  it('switching language keeps the page and writes the URL without a history entry', async () => {
    const user = userEvent.setup();
    renderApp('zh', '#/methodology');
    await screen.findByRole('heading', { level: 2, name: '可比性等级' });
    const before = history.length;
    await user.click(screen.getByRole('button', { name: '切换到英文' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Comparability grades' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/methodology?v=2&lang=en');
    expect(history.length).toBe(before);
  });

  it('opening a value pushes a history entry; closing it goes back', async () => {
    const user = userEvent.setup();
    renderApp('en');
    const heading = await screen.findByRole('heading', { level: 3, name: /^Customer complaints/ });
    const before = history.length;
    await user.click(within(heading.closest('article')!).getByRole('button', { name: /FinVolution Group FY2022: 5,645/ }));
    await screen.findByRole('dialog');
    expect(history.length).toBe(before + 1);
    expect(window.location.hash).toContain('prov=');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(window.location.hash).not.toContain('prov=');
  });
});

describe('error boundary', () => {
  it('replaces only the failing part and keeps its siblings', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Broken = (): never => {
      throw new Error('bad row');
    };
    render(
      <div>
        <ErrorBoundary fallback={(e) => <p role="alert">{(e as Error).message}</p>}>
          <Broken />
        </ErrorBoundary>
        <p>sibling card</p>
      </div>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('bad row');
    expect(screen.getByText('sibling card')).toBeInTheDocument();
  });

  it('copies a citation of the metric page and of a source at its line, with the permalink', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    renderApp('en', '#/metric/complaints?v=2&lang=en');
    await screen.findByRole('heading', { level: 2, name: /^Customer complaints/ });
    await user.click(screen.getByRole('button', { name: /^Export/ }));
    await user.click(screen.getByRole('button', { name: 'Copy citation' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const metricCitation = writeText.mock.calls[0]![0];
    expect(metricCitation).toMatch(/^Duibiao 对标, “Customer complaints \(metric page\)”/);
    expect(metricCitation).toContain('line 3056, 3076 (004_fc1b98ab1024343c.txt)');
    expect(metricCitation).toContain('004_fc1b98ab1024343c.txt');
    expect(metricCitation).toContain('#/metric/complaints');
    cleanup();

    renderApp('en', '#/source/004_fc1b98ab1024343c.txt?v=2&lang=en&line=3076');
    await user.click(await screen.findByRole('button', { name: /^Export/ }));
    await user.click(screen.getByRole('button', { name: 'Copy citation' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));
    const sourceCitation = writeText.mock.calls[1]![0];
    expect(sourceCitation).toContain('信也科技集团 2022 环境、社会及公司治理（ESG）报告');
    expect(sourceCitation).toContain('3076');
    expect(sourceCitation).toContain('#/source/004_fc1b98ab1024343c.txt');
  });
});
