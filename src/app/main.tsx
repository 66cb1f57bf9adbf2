import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
import { loadLanguage } from '../shared/i18n/catalogue';
import { langOf } from '../shared/i18n/lang-store';
import { decodeHash } from '../shared/url/codec';
import { applyHashBeforeStart } from './url-sync';
import { useRouteStore } from './route-store';
import { matchPage } from './pages';
import { createQueryClient } from './query-client';
import './styles.css';
import '../features/export/print.css';
// the export button sits on every card of the first view: its rules ship with the page's CSS, not after the chunk
import '../features/export/export-toggle.css';

const client = createQueryClient();

// One render of the page with its data, at once; its first chart then draws as a transition of
// its own (Chart.tsx), so the two are separate tasks. (Measured: rendering the page as a
// transition too cut Lighthouse's blocking time by ~50 ms but drew the first chart ~100 ms later.)
function render() {
  const root = createRoot(document.getElementById('root')!);
  root.render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}

/** The first render waits at most this long for the page's chunk and data; then it shows what it has. */
const FIRST_RENDER_WAIT_MS = 4000;

// The static page (index.html) is painted already. The app renders once what its first page
// needs is in: the page's chunk and data (the compare page's files are preloaded by the HTML),
// and, for a link in English, the English strings (their own chunk), so nothing flashes in
// Chinese or as skeletons. A failure here is the page's to show, with its retry.
applyHashBeforeStart(window.location.hash);
const page = matchPage(useRouteStore.getState().path)?.page;
Promise.race([
  Promise.allSettled([loadLanguage(langOf(decodeHash(window.location.hash).params)), page?.preload(client)]),
  new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS)),
]).then(render);
