import { useQuery } from '@tanstack/react-query';
import { datasetQuery, useManifest } from '../features/datasets/dataset-queries';
import { useUiStore } from '../shared/ui-store';

/** One colour and one label per company, from the companies dataset. */
export function CompanyLegend() {
  const manifest = useManifest();
  const companies = useQuery(datasetQuery('companies', manifest.data));
  const lang = useUiStore((s) => s.lang);
  if (!companies.data) return null;
  return (
    <ul className="company-legend" aria-label={lang === 'zh' ? '公司' : 'Companies'}>
      {companies.data.map((c) => (
        <li key={c.id}>
          <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
          <strong>{lang === 'zh' ? c.shortZh : c.shortEn}</strong>{' '}
          <span className="alt-name">{lang === 'zh' ? c.shortEn : c.shortZh}</span>
          {c.ticker && <span className="ticker"> · {c.ticker}</span>}
        </li>
      ))}
    </ul>
  );
}
