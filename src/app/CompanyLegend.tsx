import { useT } from '../shared/i18n/use-t';
import { selectPeers, useCompareStore } from '../features/compare/compare-store';
import { useCompareIndex } from '../features/compare/compare-data';

/** One colour and one label per company compared (the peer set), from the compare index, in its own landmark. */
export function CompanyLegend() {
  const tr = useT();
  const index = useCompareIndex();
  const peers = useCompareStore((s) => s.peers);
  if (index.isError) return null;
  if (!index.data) return <div className="company-legend company-legend-pending" aria-hidden="true" />;
  return (
    <aside className="company-legend" aria-label={tr.t('legend.label')}>
      <ul>
        {selectPeers(index.data.companies, peers, index.data.defaultPeers).map((c) => (
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
