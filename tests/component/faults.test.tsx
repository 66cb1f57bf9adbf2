import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { delay, http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DATA_URL, compiledSite, readCompiled, siteHandlers } from './compiled-site';
import { renderApp } from './render-app';
import { SCHEMA_VERSION } from '../../src/model/schema';
import type { CompareIndex } from '../../src/model/schema';

const server = setupServer(...siteHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const manifest = () => compiledSite().manifest;

describe('the app under faults', () => {
  it('a dataset 404 names the file, and retry recovers once it is back', async () => {
    let missing = true;
    const index = JSON.parse(readCompiled(manifest().files.compare)) as CompareIndex;
    const file = index.parts.rest.metrics;
    server.use(
      ...siteHandlers({ [file]: () => new HttpResponse(missing ? 'gone' : readCompiled(file), { status: missing ? 404 : 200 }) }),
    );
    const user = userEvent.setup();
    renderApp('en');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('compare-rest-metrics: HTTP 404 (file not found)');
    expect(screen.queryByRole('heading', { level: 3, name: /^Workforce incl\. outsourced staff/ })).not.toBeInTheDocument();
    missing = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 3, name: /^Workforce incl\. outsourced staff/ })).toBeInTheDocument();
  });

  it('retry after a stale manifest refetches the manifest and loads the files it now names', async () => {
    let stale = true;
    let manifestFetches = 0;
    server.use(
      http.get(`${DATA_URL}manifest.json`, () => {
        manifestFetches++;
        return HttpResponse.json(
          stale ? { ...manifest(), files: { ...manifest().files, compare: 'compare.0000000000.json' } } : manifest(),
        );
      }),
    );
    const user = userEvent.setup();
    renderApp('en');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('compare: HTTP 404');
    stale = false; // a new deploy: the manifest now names the current file
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 3, name: /^R&D expense/ })).toBeInTheDocument();
    expect(manifestFetches).toBe(2);
  });

  it('a slow dataset shows loading skeletons, then the data', async () => {
    const file = manifest().files.compare;
    server.use(
      http.get(`${DATA_URL}${file}`, async () => {
        await delay(400);
        return new HttpResponse(readCompiled(file), { headers: { 'content-type': 'application/json' } });
      }),
    );
    renderApp('en');
    expect(await screen.findByRole('status')).toHaveTextContent('Loading data…');
    expect(await screen.findByRole('heading', { level: 3, name: /^R&D expense/ }, { timeout: 3000 })).toBeInTheDocument();
  });

  it('a manifest that points to a missing file gives a clear error', async () => {
    server.use(
      http.get(`${DATA_URL}manifest.json`, () =>
        HttpResponse.json({ ...manifest(), files: { ...manifest().files, compare: 'compare.0000000000.json' } }),
      ),
    );
    renderApp('en');
    expect(await screen.findByRole('alert')).toHaveTextContent('compare: HTTP 404');
  });

  it('a dataset from an older schema version is refused with an explanation', async () => {
    server.use(http.get(`${DATA_URL}manifest.json`, () => HttpResponse.json({ ...manifest(), schemaVersion: 0 })));
    renderApp('en');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `schema version 0 does not match this app (expects ${SCHEMA_VERSION})`,
    );
  });

  it('a broken disclosure file does not blank the compare view', async () => {
    server.use(...siteHandlers({ [manifest().files.disclosure]: () => new HttpResponse('{"trunc', { status: 200 }) }));
    renderApp('en');
    expect(await screen.findByRole('heading', { level: 3, name: /^Customer complaints/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a source link naming no compiled source, even an object key such as constructor, says so', async () => {
    for (const name of ['constructor', 'nope.txt']) {
      const { unmount } = renderApp('en', `#/source/${name}?v=2&lang=en`);
      expect(await screen.findByText('There is no such source file.')).toBeInTheDocument();
      unmount();
    }
  });

  it('a missing seed text keeps the provenance panel usable: the quote shows, the context says why it is missing', async () => {
    const seedFile = compiledSite().seeds['004_fc1b98ab1024343c.txt']!;
    server.use(...siteHandlers({ [seedFile]: () => new HttpResponse('nope', { status: 500 }) }));
    const user = userEvent.setup();
    renderApp('en');
    const heading = await screen.findByRole('heading', { level: 3, name: /^Customer complaints/ });
    await user.click(within(heading.closest('article')!).getByRole('button', { name: /FinVolution Group FY2022: 5,645/ }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() =>
      expect(dialog.querySelector('blockquote')).toHaveTextContent('接获关于产品及服务的投诉数目 1 件 3,659 3,937 5,645'),
    );
    expect((await within(dialog).findAllByRole('alert'))[0]).toHaveTextContent('HTTP 500');
  });
});
