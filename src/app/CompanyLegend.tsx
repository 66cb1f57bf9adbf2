import { useDataset } from '../shared/data/use-datasets';
import { useT } from '../shared/i18n/use-t';
import { selectPeers, useCompareStore } from '../features/compare/compare-store';

/** One colour and one label per company compared (the peer set), from the companies dataset, in its own landmark. */
export function CompanyLegend() {
  const tr = useT();
  const companies = useDataset('companies');
  const peers = useCompareStore((s) => s.peers);
  if (companies.status !== 'ready') return null;
  return (
    <aside className="company-legend" aria-label={tr.t('legend.label')}>
      <ul>
        {selectPeers(companies.data.companies, peers).map((c) => (
          <li key={c.id}>
            <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
            <strong>{tr.pick(c.shortZh, c.shortEn)}</strong>{' '}
            <span className="alt-name" lang={tr.otherLang}>
              {tr.other(c.shortZh, c.shortEn)}
            </span>
            {c.ticker && <span className="ticker"> · {c.ticker}</span>}
          </li>
        ))}
      </ul>
    </aside>
  );
}
