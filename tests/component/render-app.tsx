import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from '../../src/app/App';
import type { Lang } from '../../src/shared/i18n/catalogue';

/** Renders the whole app at a URL hash (the stores are set from it, as in the browser). */
export function renderApp(lang: Lang = 'en', hash = lang === 'en' ? '#/?v=2&lang=en' : '#/') {
  window.history.replaceState(null, '', `/${hash}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
}
