/**
 * The app shell: skip link, header with page nav and language switch, the
 * company legend, the current page (lazily loaded, inside its own error
 * boundary) and the provenance dialog. While the dialog is open everything
 * else is inert, so keyboard focus stays in the dialog.
 */
import { Suspense, useEffect } from 'react';
import { useT } from '../shared/i18n/use-t';
import { useLangStore } from '../shared/i18n/lang-store';
import { useHref } from '../shared/url/links';
import { ErrorBoundary } from '../shared/ui/ErrorBoundary';
import { LoadError } from '../shared/ui/LoadError';
import { ProvenanceDialog } from '../features/provenance/ProvenanceDialog';
import { useProvenanceStore } from '../features/provenance/api';
import { CardSkeletons } from '../features/compare/CardSkeletons';
import { CompanyLegend } from './CompanyLegend';
import { PAGES, matchPage, type PageEntry } from './pages';
import { useRouteStore } from './route-store';
import { startUrlSync } from './url-sync';

export function App() {
  const tr = useT();
  const { t, lang, otherLang } = tr;
  const setLang = useLangStore((s) => s.setLang);
  const langFailed = useLangStore((s) => s.failed);
  const path = useRouteStore((s) => s.path);
  const panelOpen = useProvenanceStore((s) => s.open !== null);
  useEffect(() => startUrlSync(), []);
  const match = matchPage(path);
  useEffect(() => {
    document.documentElement.lang = t('lang.html');
    document.title = match ? `${t(match.page.title)} · ${t('app.title')}` : t('app.title');
  }, [lang, match, t]);
  const Page = match?.page.component;
  return (
    <>
      <div className="app" inert={panelOpen}>
        <a className="skip-link" href="#main" onClick={skipToMain}>
          {t('app.skip')}
        </a>
        <header className="app-header">
          <div>
            <p className="app-title">{t('app.title')}</p>
            <p className="subtitle">{t('app.subtitle')}</p>
          </div>
          <div className="header-actions">
            <nav aria-label={t('app.nav')} className="page-nav">
              <ul>
                {PAGES.filter((p) => p.nav).map((p) => (
                  <NavLink key={p.path} page={p} current={match?.page === p} />
                ))}
              </ul>
            </nav>
            <button
              type="button"
              className="lang-toggle"
              onClick={() => setLang(otherLang)}
              lang={otherLang}
              aria-label={t('app.languageLabel')}
            >
              {t('app.language')}
            </button>
            {langFailed && (
              <p role="alert" className="lang-failed">
                {t('app.languageFailed')}
              </p>
            )}
          </div>
        </header>
        <CompanyLegend />
        <main id="main" tabIndex={-1}>
          <h1 className="page-title">{match ? t(match.page.title) : t('page.notFound')}</h1>
          <ErrorBoundary resetKey={path} fallback={(error) => <LoadError error={error} title={t('page.crashed')} />}>
            <Suspense fallback={<CardSkeletons label={t('loading')} />}>
              {Page && match ? <Page params={match.params} /> : <NotFound />}
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
      <ProvenanceDialog />
    </>
  );
}

/** The hash holds the route, so the skip link moves focus instead of navigating. */
function skipToMain(e: React.MouseEvent) {
  e.preventDefault();
  document.getElementById('main')?.focus();
}

function NavLink({ page, current }: { page: PageEntry; current: boolean }) {
  const { t } = useT();
  const href = useHref(page.path);
  return (
    <li>
      <a href={href} aria-current={current ? 'page' : undefined}>
        {t(page.title)}
      </a>
    </li>
  );
}

function NotFound() {
  const { t } = useT();
  const home = useHref('/');
  return (
    <div className="not-found">
      <p>{t('page.notFoundBody')}</p>
      <a href={home}>{t('page.backHome')}</a>
    </div>
  );
}
