import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
import { decodeHash } from '../shared/url/codec';
import { loadLanguage } from '../shared/i18n/catalogue';
import { langOf } from '../shared/i18n/lang-store';
import { createQueryClient } from './query-client';
import './styles.css';
import '../features/export/print.css';
// the export menu sits on every card of the first view: its few rules ship with the page's CSS, not after the chunk
import '../features/export/export-menu.css';

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={createQueryClient()}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}

// a link in English waits for the English strings (their own chunk) rather than flash Chinese;
// if they cannot load, the page opens in Chinese and says so beside the language switch
loadLanguage(langOf(decodeHash(window.location.hash).params)).then(render, render);
