import { render, waitFor } from '@testing-library/react';
import { compiledSite, readCompiled } from './compiled-site';
import {
  caveatsFileSchema,
  companiesFileSchema,
  metricsFileSchema,
  observationsFileSchema,
  sourcesFileSchema,
} from '../../src/model/schema';
import { MetricChart } from '../../src/features/compare/MetricChart';
import { buildCardModel } from '../../src/model/card-model';
import { indexObservations } from '../../src/model/observation-index';
import { buildChartSvg, IMAGE_FONT_STACK } from '../../src/features/export/chart-image';
import { cardImageSpec } from '../../src/features/export/chart-image-spec';
import '../../src/shared/i18n/messages/export';
import { translator } from '../../src/shared/i18n/use-t';
import { estimateTextWidth, wrapText } from '../../src/features/export/text-wrap';

const { manifest } = compiledSite();
const json = (f: string) => JSON.parse(readCompiled(f)) as unknown;
const observations = observationsFileSchema.parse(json(manifest.files.observations));
const metrics = metricsFileSchema.parse(json(manifest.files.metrics));
const companies = companiesFileSchema.parse(json(manifest.files.companies));
const sources = sourcesFileSchema.parse(json(manifest.files.sources));
const caveats = caveatsFileSchema.parse(json(manifest.files.caveats));
const rd = metrics.find((m) => m.id === 'rd_expense')!;
const rdObservations = observations.filter((o) => o.metric === 'rd_expense' && o.per === undefined);

// jsdom has no layout: give the chart's measured box the size a browser would measure
const measured = (el: HTMLElement) =>
  el.classList.contains('chart-area') || el.classList.contains('recharts-responsive-container');
beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return measured(this)
      ? ({ width: 400, height: 200, top: 0, left: 0, right: 400, bottom: 200, x: 0, y: 0, toJSON: () => ({}) } as DOMRect)
      : ({ width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0, x: 0, y: 0, toJSON: () => ({}) } as DOMRect);
  });
  for (const prop of ['clientWidth', 'offsetWidth'] as const)
    vi.spyOn(HTMLElement.prototype, prop, 'get').mockImplementation(function (this: HTMLElement) {
      return measured(this) ? 400 : 0;
    });
  for (const prop of ['clientHeight', 'offsetHeight'] as const)
    vi.spyOn(HTMLElement.prototype, prop, 'get').mockImplementation(function (this: HTMLElement) {
      return measured(this) ? 200 : 0;
    });
});
afterAll(() => vi.restoreAllMocks());

async function renderedChart(): Promise<SVGSVGElement> {
  const model = buildCardModel({
    metric: rd,
    index: indexObservations(observations),
    companies,
    caveats: new Map(caveats.map((c) => [c.id, c])),
    metrics: new Map(metrics.map((m) => [m.id, m])),
    offered: {},
    refusals: [],
  });
  const { container } = render(<MetricChart model={model} tr={translator('zh')} scale="linear" />);
  // drawn once the chart has measured its width (the ResizeObserver's first report)
  return waitFor(() => {
    const svg = container.querySelector<SVGSVGElement>('svg.recharts-surface');
    expect(svg).not.toBeNull();
    return svg!;
  });
}

function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

describe('chart image', () => {
  it('draws title, legend, values with qualifiers, numbered footnotes and sources around the on-screen chart', async () => {
    const chart = await renderedChart();
    const spec = cardImageSpec({
      title: rd.nameZh,
      subtitle: '元 · 2020–2022 年度',
      companies,
      observations: rdObservations,
      caveats,
      sources,
      tr: translator('zh'),
      credit: '对标 Duibiao · https://example.org/duibiao/#m=rd_expense',
    });
    const image = buildChartSvg(spec, { chart, width: 560 });
    const doc = parseSvg(image.svg);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    const all = texts.join('\n');

    expect(image.width).toBe(560);
    expect(doc.documentElement.getAttribute('height')).toBe(String(image.height));
    expect(doc.querySelector('title')!.textContent).toBe('研发费用');
    expect(doc.querySelector('.title')!.textContent).toBe(rd.nameZh);
    // legend: each company's short name beside a swatch of its colour
    for (const c of companies) {
      expect(texts).toContain(c.shortZh);
      expect(doc.querySelector(`.legend rect[fill="${c.color}"]`)).not.toBeNull();
    }
    // values: FinVolution's FY2022 R&D as the card shows it; Mashang's typed gap with its footnote mark
    expect(all).toContain('2022 年度 4.91亿元');
    const caveat = caveats.find((c) => c.id === 'mashang_tech_investment_cumulative')!;
    expect(all).toContain('未披露 [1]');
    // the footnote, wrapped over several lines, reads back whole
    const footnoteLines = [...doc.querySelectorAll('.footnote')].map((t) => t.textContent).join('');
    expect(footnoteLines.replace(/\s/g, '')).toBe(caveat.textZh.replace(/\s/g, ''));
    expect(doc.querySelectorAll('.footnote').length).toBeGreaterThan(1);
    const sourcesText = [...doc.querySelectorAll('.sources')].map((t) => t.textContent).join('');
    expect(sourcesText).toContain(
      '来源：信也科技集团 (FinVolution Group)《信也科技集团 2022 环境、社会及公司治理（ESG）报告》（2022-12）第 3028、3030 行',
    );
    // the chart itself: recharts' bars in FinVolution's colour, nested inside the picture
    const nested = doc.querySelector('svg svg')!;
    expect(nested).not.toBeNull();
    const finv = companies.find((c) => c.id === 'finvolution')!;
    expect(nested.querySelector(`[fill="${finv.color}"]`)).not.toBeNull();
    expect(Number(nested.getAttribute('y'))).toBeGreaterThan(40);
  });

  it('is self-contained: system fonts only, no external reference of any kind', async () => {
    const image = buildChartSvg(
      cardImageSpec({
        title: rd.nameEn,
        companies,
        observations: rdObservations,
        caveats,
        sources,
        tr: translator('en'),
      }),
      { chart: await renderedChart() },
    );
    const doc = parseSvg(image.svg);
    expect(doc.documentElement.getAttribute('font-family')).toBe(IMAGE_FONT_STACK);
    expect(image.svg).not.toMatch(/<image|<foreignObject|@import|@font-face|url\((?!#)|(?:xlink:)?href="(?!#)/);
    const sourcesText = [...doc.querySelectorAll('.sources')].map((t) => t.textContent).join('');
    expect(sourcesText).toBe(
      'Sources: 信也科技集团 (FinVolution Group), “信也科技集团 2022 环境、社会及公司治理（ESG）报告” (2022-12), line 3028, 3030',
    );
    expect([...doc.querySelectorAll('.value')].map((t) => t.textContent).join(' ')).toContain('FY2022 RMB 491.48 m');
    // the on-screen chart's keyboard role does not travel into the picture
    expect(doc.querySelector('[tabindex], [role]')).toBeNull();
  });

  it('escapes hostile text rather than letting it become markup', () => {
    const image = buildChartSvg({
      title: '<script>alert(1)</script>\u0007',
      series: [{ label: 'A & "B"', color: '#123456', values: [{ period: 'FY2022', text: '1 < 2' }] }],
      footnotes: [{ n: 1, text: '</text><image href="http://evil"/>' }],
      sources: 'Sources: x',
      labels: { values: 'Values', notes: 'Notes' },
    });
    const doc = parseSvg(image.svg);
    expect(doc.querySelector('script, image')).toBeNull();
    expect(doc.querySelector('.title')!.textContent).toBe('<script>alert(1)</script>');
    expect(doc.querySelector('.footnote')!.textContent).toBe('</text><image href="http://evil"/>');
  });

  it('wraps long text within the width, Chinese between characters and English at spaces', () => {
    const zh = wrapText('信也科技温室气体排放统计范围为三家指定附属公司，并非整个集团。', 120, 12, estimateTextWidth);
    expect(zh.length).toBeGreaterThan(2);
    expect(zh.join('')).toBe('信也科技温室气体排放统计范围为三家指定附属公司，并非整个集团。');
    // closing punctuation may hang one character past the margin, never more
    for (const line of zh) expect(estimateTextWidth(line.replace(/[，。]$/, ''), 12)).toBeLessThanOrEqual(120);
    // no line starts with closing punctuation or ends with an opening bracket
    const brackets = wrapText(
      '报告未写明起算时间（应为公司 2015 年开业以来），并非年度研发费用。“科技投入”为累计值。',
      96,
      12,
      estimateTextWidth,
    );
    // a space at a break is dropped, nothing else
    expect(brackets.join('').replace(/\s/g, '')).toBe(
      '报告未写明起算时间（应为公司2015年开业以来），并非年度研发费用。“科技投入”为累计值。',
    );
    expect(brackets.length).toBeGreaterThan(3);
    for (const line of brackets) {
      expect(line).not.toMatch(/^[，。）”]/);
      expect(line).not.toMatch(/[（“]$/);
    }
    const en = wrapText('The greenhouse-gas boundary is three named subsidiaries', 150, 12, estimateTextWidth);
    expect(en.join(' ')).toBe('The greenhouse-gas boundary is three named subsidiaries');
    for (const line of en) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(150);
    const url = wrapText('https://finance.caijing.com.cn/20231019/4965612.shtml', 100, 12, estimateTextWidth);
    expect(url.join('')).toBe('https://finance.caijing.com.cn/20231019/4965612.shtml');
  });
});
