import { compiledSite, readCompiled } from '../component/compiled-site';
import { observationsFileSchema, sourcesFileSchema } from '../../src/model/schema';
import { citeCard, citeMetricPage, citeSource, copyText, type CitationContext } from '../../src/features/export/citation';
import '../../src/shared/i18n/messages/export';
import { translator } from '../../src/shared/i18n/use-t';
import { fileSlug } from '../../src/features/export/download';

const { manifest } = compiledSite();
const observations = observationsFileSchema.parse(JSON.parse(readCompiled(manifest.files.observations)));
const sources = sourcesFileSchema.parse(JSON.parse(readCompiled(manifest.files.sources)));
const permalink = 'https://example.org/duibiao/#v=2&m=rd_expense';
const ctx = (lang: 'zh' | 'en'): CitationContext => ({
  tr: translator(lang),
  permalink,
  accessed: '2025-03-01',
});
// The absolute values only: normalised ones (per employee, per revenue) also cite their denominators' lines.
const rd2022 = observations.filter((o) => o.metric === 'rd_expense' && o.period === 'FY2022' && o.per === undefined);

describe('citations', () => {
  it('cites a card with its title, each source publisher, title, date and lines, and the permalink (zh)', () => {
    expect(citeCard({ title: '研发费用（2022 年度）', observations: rd2022 }, sources, ctx('zh'))).toBe(
      '对标 Duibiao：《研发费用（2022 年度）》。来源：信也科技集团 (FinVolution Group)：《信也科技集团 2022 环境、社会及公司治理（ESG）报告》，2022-12，第 3028、3030 行（004_fc1b98ab1024343c.txt）。' +
        `${permalink}（访问日期：2025-03-01）`,
    );
  });

  it('cites a card in English', () => {
    expect(citeCard({ title: 'R&D expense (FY2022)', observations: rd2022 }, sources, ctx('en'))).toBe(
      'Duibiao 对标, “R&D expense (FY2022)”. Sources: 信也科技集团 (FinVolution Group), “信也科技集团 2022 环境、社会及公司治理（ESG）报告”, 2022-12, line 3028, 3030 (004_fc1b98ab1024343c.txt). ' +
        `${permalink} (Accessed 2025-03-01)`,
    );
  });

  it('cites a metric page with every source its observations and derivation inputs use', () => {
    const page = observations.filter((o) => o.metric === 'electricity_yoy_change');
    const text = citeMetricPage({ metricName: 'Electricity use, year-on-year change', observations: page }, sources, ctx('en'));
    expect(text).toContain('“Electricity use, year-on-year change (metric page)”');
    // a derived value cites the lines of its inputs
    const lines = page.flatMap((o) => o.derivation?.inputs.flatMap((i) => i.provenance.map((p) => p.line)) ?? []);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of new Set(lines)) expect(text).toContain(String(l));
  });

  it('cites a source, with its URL when it has one, at given lines', () => {
    const caijing = sources.find((s) => s.url)!;
    expect(citeSource(caijing, ctx('zh'), [{ line: 12, lineEnd: 14 }])).toBe(
      `${caijing.publisher}：《${caijing.title}》，${caijing.date}，第 12–14 行（${caijing.id}，${caijing.url}）。引自对标 Duibiao：${permalink}（访问日期：2025-03-01）`,
    );
    const report = sources.find((s) => s.id === '004_fc1b98ab1024343c.txt')!;
    expect(citeSource(report, ctx('en'))).toBe(
      `信也科技集团 (FinVolution Group), “信也科技集团 2022 环境、社会及公司治理（ESG）报告”, 2022-12 (004_fc1b98ab1024343c.txt). Via Duibiao 对标: ${permalink} (Accessed 2025-03-01)`,
    );
  });

  it('copies to the clipboard, and says so when there is none', async () => {
    const written: string[] = [];
    await copyText('x', { writeText: async (t: string) => void written.push(t) });
    expect(written).toEqual(['x']);
    await expect(copyText('x', undefined)).rejects.toThrow('Clipboard unavailable');
  });

  it('names downloaded files safely, keeping Chinese', () => {
    expect(fileSlug('研发费用 FY2022')).toBe('研发费用-FY2022');
    expect(fileSlug('a/b:c*?"<>|\u0007 d')).toBe('abc-d');
    expect(fileSlug('  ')).toBe('duibiao');
  });
});
