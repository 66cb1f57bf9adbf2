/**
 * #/gaps — what the chosen company lacks against its peers, most important
 * first, each with the peer's evidence and the company's gap type and evidence;
 * copied or downloaded as text in the page's language.
 */
import '../../shared/i18n/messages/gap-finder';
import { useId, useMemo, useState } from 'react';
import { useDatasets } from '../../shared/data/use-datasets';
import { useT } from '../../shared/i18n/use-t';
import { LoadError } from '../../shared/ui/LoadError';
import { chooseCompany, useGapFinderStore } from './gap-store';
import { findGaps } from './gap-model';
import { gapReportText, type ReportNames } from './gap-report';
import { GapItemView } from './GapItemView';
import './gap-finder.css';

const DATASETS = ['matrix', 'companies', 'metrics', 'observations', 'sources'] as const;

type CopyState = 'idle' | 'copied' | 'failed';

/** Bound to the URL when this chunk loads (app/pages.ts). */
export { gapFinderUrl as urlBinding } from './gap-store';

export default function GapFinderPage() {
  const tr = useT();
  const { t } = tr;
  const data = useDatasets(DATASETS);
  const chosen = useGapFinderStore((s) => s.company);
  const selectId = useId();
  const [copy, setCopy] = useState<CopyState>('idle');
  const ready = data.status === 'ready' ? data.data : null;
  const company = ready?.companies.find((c) => c.id === chosen) ?? ready?.companies[0];
  const items = useMemo(() => (ready && company ? findGaps({ company: company.id, ...ready }) : []), [ready, company]);

  if (data.status === 'error') return <LoadError error={data.error} onRetry={data.retry} />;
  if (!ready || !company) return <p className="loading">{t('loading')}</p>;

  const { companies, metrics, sources } = ready;
  const names: ReportNames = {
    company: (id) => {
      const c = companies.find((x) => x.id === id);
      return c ? tr.pick(c.shortZh, c.shortEn) : id;
    },
    metric: (id) => {
      const m = metrics.find((x) => x.id === id);
      return m ? tr.pick(m.nameZh, m.nameEn) : id;
    },
    source: (id) => sources.find((s) => s.id === id)?.title ?? id,
  };
  const peers = companies.filter((c) => c.id !== company.id).map((c) => c.id);
  const text = () => gapReportText(company.id, peers, items, tr, names);

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  const onDownload = () => {
    const url = URL.createObjectURL(new Blob([text()], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `duibiao-gaps-${company.id}-${tr.lang}.txt`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div className="gap-finder">
      <p className="page-intro">{t('gaps.intro')}</p>
      <div className="gap-controls">
        <div className="filter">
          <label htmlFor={selectId} className="filter-label">
            {t('gaps.company')}
          </label>
          <select id={selectId} value={company.id} onChange={(e) => chooseCompany(e.target.value)}>
            {companies.map((c) => (
              <option key={c.id} value={c.id}>
                {tr.pick(c.shortZh, c.shortEn)}
              </option>
            ))}
          </select>
        </div>
        {peers.length > 0 && <p className="gap-peers">{t('gaps.peers', peers.map(names.company).join(', '))}</p>}
        {items.length > 0 && (
          <div className="gap-actions">
            <button type="button" onClick={() => void onCopy()}>
              {t('gaps.copy')}
            </button>
            <button type="button" onClick={onDownload}>
              {t('gaps.download')}
            </button>
          </div>
        )}
        <p className="copy-status" role="status">
          {copy === 'copied' ? t('gaps.copied') : copy === 'failed' ? t('gaps.copyFailed') : ''}
        </p>
      </div>
      {peers.length === 0 ? (
        <p className="empty-state">{t('gaps.onlyOne')}</p>
      ) : items.length === 0 ? (
        <p className="empty-state">{t('gaps.none', names.company(company.id))}</p>
      ) : (
        <>
          <h2>{t('gaps.count', names.company(company.id), items.length)}</h2>
          <ol className="gap-list">
            {items.map((item) => (
              <GapItemView key={item.key} item={item} company={company.id} peerCount={peers.length} names={names} />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
