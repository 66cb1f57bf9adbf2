import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
import { createQueryClient } from './query-client';
import './styles.css';
import '../features/export/print.css';
// the export menu sits on every card of the first view: its few rules ship with the page's CSS, not after the chunk
import '../features/export/export-menu.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
