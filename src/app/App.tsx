import { useEffect } from 'react';
import { CompareView } from '../features/compare/CompareView';
import { ProvenancePanel } from '../features/provenance/ProvenancePanel';
import { syncHash, useUiStore } from '../shared/ui-store';
import { t } from '../shared/i18n';
import { CompanyLegend } from './CompanyLegend';

export function App() {
  const lang = useUiStore((s) => s.lang);
  const setLang = useUiStore((s) => s.setLang);
  useEffect(() => syncHash(), []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1>{t('title', lang)}</h1>
          <p className="subtitle">{t('subtitle', lang)}</p>
        </div>
        <button
          type="button"
          className="lang-toggle"
          onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          lang={lang === 'zh' ? 'en' : 'zh'}
        >
          {t('language', lang)}
        </button>
      </header>
      <CompanyLegend />
      <main>
        <CompareView />
      </main>
      <ProvenancePanel />
    </div>
  );
}
