import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from '../../src/app/App';
import { useUiStore } from '../../src/shared/ui-store';
import type { Lang } from '../../src/shared/i18n';

export function renderApp(lang: Lang = 'en') {
  window.history.replaceState(null, '', '/');
  useUiStore.setState({ lang, views: {}, normalisations: {}, provenance: null });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
}
