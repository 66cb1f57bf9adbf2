import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { MetricPage, type MetricPageProps } from '../../src/features/metric-page/MetricPage';
import '../../src/shared/i18n/messages/metric-page';
import { translator } from '../../src/shared/i18n/use-t';
import { decodeHash, encodeHash } from '../../src/shared/url/codec';
import { sourceLink, type SourceLocation } from '../../src/features/source-reader/api';
import { compiledSite, readCompiled } from './compiled-site';
import {
  caveatsFileSchema,
  companiesFileSchema,
  conflictsFileSchema,
  metricsFileSchema,
  observationsFileSchema,
  sourcesFileSchema,
  type Caveat,
  type Company,
  type Conflict,
  type Metric,
  type Observation,
  type Source,
} from '../../src/model/schema';

function compiled(): Omit<MetricPageProps, 'metric' | 'tr' | 'onOpenProvenance' | 'sourceHref'> & {
  metrics: Metric[];
} {
  const site = compiledSite();
  const read = (file: string) => JSON.parse(readCompiled(file, site)) as unknown;
  return {
    metrics: metricsFileSchema.parse(read(site.manifest.files.metrics)),
    companies: companiesFileSchema.parse(read(site.manifest.files.companies)),
    observations: observationsFileSchema.parse(read(site.manifest.files.observations)),
    conflicts: conflictsFileSchema.parse(read(site.manifest.files.conflicts)),
    caveats: caveatsFileSchema.parse(read(site.manifest.files.caveats)),
    sources: sourcesFileSchema.parse(read(site.manifest.files.sources)),
  };
}

/** The app's own source links (no language: zh). */
function sourceHref(at: SourceLocation): string {
  const [path, extra] = sourceLink(at);
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) params.set(k, String(v));
  return encodeHash({ path, params });
}

/** Where a source link leads: the reader's path, line and highlighted quote. */
function target(link: HTMLElement) {
  const { path, params } = decodeHash(link.getAttribute('href')!);
  return { path, line: params.get('line'), end: params.get('end'), quote: params.get('q') };
}

function seriesRows(companyHeading: RegExp) {
  const section = screen.getByRole('region', { name: companyHeading });
  return within(section)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].slice(0, 3).map((c) => c.textContent));
}

describe('metric page on the real compiled data', () => {
  const data = compiled();
  const metric = data.metrics.find((m) => m.id === 'rd_investment_cumulative')!;

  it("lists 马上消费's cumulative tech investment as a dated series, with every caveat", () => {
    render(<MetricPage {...data} metric={metric} tr={translator('zh')} onOpenProvenance={() => {}} sourceHref={sourceHref} />);
    expect(screen.getByRole('heading', { level: 2, name: /累计科技投入/ })).toBeInTheDocument();
    expect(screen.getByText(metric.definitionZh)).toBeInTheDocument();
    expect(seriesRows(/^马上消费/)).toEqual([
      ['截至 2022-12', '≥ 30亿元', '已披露'],
      ['截至 2023-01', '≥ 30亿元', '已披露'],
      ['截至 2023-10-19', '33亿元', '已披露'],
      ['截至 2025-12', '≥ 60亿元', '已披露'],
    ]);
    // every caveat of every observation of this metric is listed, with its grade
    const used = new Set(data.observations.filter((o) => o.metric === metric.id).flatMap((o) => o.caveats));
    expect(used.size).toBeGreaterThanOrEqual(4);
    const caveats = screen.getByRole('region', { name: `注释（${used.size}）` });
    for (const id of used) {
      const caveat = data.caveats.find((c) => c.id === id)!;
      const item = within(caveats).getByText(caveat.textZh, { exact: false }).closest('li')!;
      expect(item).toHaveTextContent(`可比性: ${translator('zh').t(`grade.${caveat.grade}`)}`);
    }
    // the other company's typed gap is a gap, never a zero
    expect(seriesRows(/^信也科技/)).toEqual([['2022 年度', '未披露', '未披露']]);
    expect(screen.getByRole('region', { name: /^缺失/ })).toHaveTextContent('信也科技');
  });

  it('each value opens its provenance and each source line opens the reader at the quote', async () => {
    const user = userEvent.setup();
    const onOpenProvenance = vi.fn();
    render(
      <MetricPage {...data} metric={metric} tr={translator('en')} onOpenProvenance={onOpenProvenance} sourceHref={sourceHref} />,
    );
    const mashang = screen.getByRole('region', { name: /^Mashang/ });
    const row = within(mashang)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('as of 2023-10-19'))!;
    await user.click(within(row).getByRole('button', { name: 'Where this comes from: RMB 3.3 bn' }));
    expect(onOpenProvenance).toHaveBeenCalledWith('mashang:rd_investment_cumulative:2023-10-19:mashang-003-rd-investment');
    expect(target(within(row).getByRole('link', { name: /^Open in the source: .*, line 36$/ }))).toEqual({
      path: '/source/003_3447acc407f3fddb.txt',
      line: '36',
      end: null,
      quote: '马上消费已累计投入33亿元用于科技研发，申请发',
    });
  });

  it('is axe clean in both languages', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const { container, unmount } = render(
        <MetricPage {...data} metric={metric} tr={translator(lang)} onOpenProvenance={() => {}} sourceHref={sourceHref} />,
      );
      const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(result.violations.map((v) => v.id)).toEqual([]);
      unmount();
    }
  });
});

describe('metric page with plain data', () => {
  const company: Company = { id: 'acme', nameZh: '甲', nameEn: 'Acme', shortZh: '甲', shortEn: 'Acme', color: '#336699' };
  const metric: Metric = {
    id: 'emissions',
    nameZh: '排放',
    nameEn: 'Emissions',
    definitionZh: '范围一和二排放。',
    definitionEn: 'Scope 1 and 2 emissions.',
    pillar: 'E',
    group: 'environment',
    unit: 'tCO2e',
    basis: 'annual',
    better: 'lower',
    core: true,
    normalisable: false,
    normaliseBy: [],
    alternates: [],
    crosswalk: { hkex: ['A1.2'], gri: ['305-1', '305-2'], sasb: [] },
  };
  const report = { source: 'r.txt', line: 10, quote: '排放 1,200 吨', figure: '1,200', unit: '吨', role: 'value' as const };
  const highlight = { source: 'r.txt', line: 3, quote: '排放 1,200 吨', figure: '1,200', unit: '吨', role: 'value' as const };
  const news = { source: 'n.txt', line: 5, quote: '排放 1,300 吨', figure: '1,300', unit: '吨', role: 'value' as const };
  const observation: Observation = {
    id: 'acme:emissions:FY2022',
    company: 'acme',
    metric: 'emissions',
    period: 'FY2022',
    basis: 'annual',
    value: 1200,
    unit: 'tCO2e',
    qualifier: 'exact',
    status: 'reported',
    provenance: [report],
    corroborations: [highlight],
    caveats: ['boundary'],
    rule: 'r1',
    notes: { zh: '报告表格。', en: 'From the report table <b>bold</b>.' },
  };
  const caveat: Caveat = {
    id: 'boundary',
    grade: 'not_comparable',
    textZh: '边界仅含总部。',
    textEn: 'Boundary covers the head office only.',
    blocksNormalisation: true,
    citations: [{ source: 'r.txt', line: 12, quote: '仅含总部', role: 'context' }],
  };
  const conflict: Conflict = {
    id: 'c1',
    company: 'acme',
    metric: 'emissions',
    period: 'FY2022',
    observation: observation.id,
    statements: [
      { value: 1200, qualifier: 'exact', provenance: [report] },
      { value: 1300, qualifier: 'about', provenance: [news] },
    ],
    reason: { zh: '新闻稿取整。', en: 'The press release rounds the figure.' },
  };
  const sources: Source[] = [
    {
      id: 'r.txt',
      company: 'acme',
      kind: 'esg_report',
      publisher: 'Acme',
      title: 'Acme report',
      date: '2023-04',
      dateInference: '',
      language: 'zh',
      companySupplied: true,
    },
    {
      id: 'n.txt',
      company: 'acme',
      kind: 'news',
      publisher: 'Daily',
      title: 'Daily news',
      date: '2023-05',
      dateInference: '',
      language: 'zh',
      companySupplied: false,
    },
  ];

  it('shows the crosswalk, corroborations, conflicts and the caveat citation as links, notes as text', async () => {
    render(
      <MetricPage
        metric={metric}
        companies={[company]}
        observations={[observation]}
        conflicts={[conflict]}
        caveats={[caveat]}
        sources={sources}
        tr={translator('en')}
        onOpenProvenance={() => {}}
        sourceHref={sourceHref}
      />,
    );
    expect(screen.getByText('HKEX ESG Guide: A1.2')).toBeInTheDocument();
    expect(screen.getByText('GRI: 305-1, 305-2')).toBeInTheDocument();
    expect(screen.getByText('SASB Consumer Finance: not mapped')).toBeInTheDocument();
    expect(screen.getByText('lower is better')).toBeInTheDocument();
    const row = screen.getByRole('region', { name: /^Acme/ }).querySelector('tbody tr')!;
    expect(row).toHaveTextContent('Also stated in:');
    expect(row).toHaveTextContent('[1]');
    expect(row).toHaveTextContent('From the report table <b>bold</b>.');
    expect(row.querySelector('b')).toBeNull();
    expect(target(within(row as HTMLElement).getByRole('link', { name: 'Open in the source: Acme report, line 3' }))).toEqual({
      path: '/source/r.txt',
      line: '3',
      end: null,
      quote: '排放 1,200 吨',
    });

    const conflicts = screen.getByRole('region', { name: 'Conflicts between sources (1)' });
    expect(conflicts).toHaveTextContent('The press release rounds the figure.');
    const statements = within(conflicts)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(statements).toEqual([
      ['used', '1,200 tCO₂e', 'Acme 2023-04, line 10'],
      ['other statement', '≈ 1,300 tCO₂e', 'Daily 2023-05, line 5'],
    ]);
    const caveats = screen.getByRole('region', { name: 'Caveats (1)' });
    expect(caveats).toHaveTextContent('Comparability: Not comparable');
    expect(target(within(caveats).getByRole('link', { name: 'Open in the source: Acme report, line 12' }))).toEqual({
      path: '/source/r.txt',
      line: '12',
      end: null,
      quote: '仅含总部',
    });
    expect(screen.getByRole('region', { name: 'Gaps (0)' })).toHaveTextContent('No value is missing.');
  });
});
