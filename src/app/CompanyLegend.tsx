import { useDataset } from '../shared/data/use-datasets';
import { useT } from '../shared/i18n/use-t';

/** One colour and one label per company, from the companies dataset, in its own landmark. */
export function CompanyLegend() {
  const tr = useT();
  const companies = useDataset('companies');
  if (companies.status !== 'ready') return null;
  return (
    <aside className="company-legend" aria-label={tr.t('legend.label')}>
      <ul>
        {companies.data.companies.map((c) => (
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
