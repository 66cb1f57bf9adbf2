import { observationId } from '../../src/model/observation-id';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { compiledSite, readCompiled } from '../component/compiled-site';
import {
  caveatsFileSchema,
  companiesFileSchema,
  metricsFileSchema,
  observationSchema,
  observationsFileSchema,
  sourcesFileSchema,
} from '../../src/model/schema';
import { BOM, buildCsv, csvBlob } from '../../src/features/export/csv';
import '../../src/shared/i18n/messages/export';
import { translator } from '../../src/shared/i18n/use-t';
import type { ExportDataset } from '../../src/features/export/export-dataset';

function loadDataset(): ExportDataset {
  const { manifest } = compiledSite();
  const json = (f: string) => JSON.parse(readCompiled(f)) as unknown;
  return {
    manifest,
    observations: observationsFileSchema.parse(json(manifest.files.observations)),
    metrics: metricsFileSchema.parse(json(manifest.files.metrics)),
    companies: companiesFileSchema.parse(json(manifest.files.companies)),
    sources: sourcesFileSchema.parse(json(manifest.files.sources)),
    caveats: caveatsFileSchema.parse(json(manifest.files.caveats)),
  };
}

const data = loadDataset();
const RD_2022 = data.observations.find((o) => o.company === 'finvolution' && o.metric === 'rd_expense' && o.period === 'FY2022')!;

function parse(csv: string) {
  expect(csv.startsWith(BOM)).toBe(true);
  const result = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result;
}

describe('CSV export', () => {
  it('starts with the UTF-8 byte-order mark, in the bytes of the downloaded file', async () => {
    const csv = await buildCsv(data.observations, data, translator('zh'));
    const bytes = new Uint8Array(await csvBlob(csv).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvBlob(csv).type).toBe('text/csv;charset=utf-8');
    // the rest decodes as UTF-8 with Chinese intact
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(3))).toContain(
      '研发费用投入 万元 37,017.5 43,485.0 49,148.4',
    );
  });

  it("holds FinVolution's FY2022 R&D expense at full precision with its quote and line (zh labels)", async () => {
    expect(RD_2022.value).toBe(491484000);
    const { data: rows, meta } = parse(await buildCsv(data.observations, data, translator('zh')));
    expect(meta.fields).toContain('原文引述');
    expect(rows).toHaveLength(data.observations.length);
    const row = rows.find((r) => r['观测编号'] === RD_2022.id)!;
    const finv = data.companies.find((c) => c.id === 'finvolution')!;
    expect(row).toMatchObject({
      公司: finv.nameZh,
      指标代码: 'rd_expense',
      期间: 'FY2022',
      数值: '491484000',
      单位: 'CNY (元)',
      限定: '精确',
      状态: '已披露',
      可比性: '可比',
      来源文件: '004_fc1b98ab1024343c.txt',
      行号: '3030',
      原文引述: '研发费用投入 万元 37,017.5 43,485.0 49,148.4',
      原文数字: '49,148.4',
      原文单位: '万元',
      换算基准: '',
    });
    expect(row['其他出处']).toBe('004_fc1b98ab1024343c.txt:3028 «指标 单位 2020 年 2021 年 2022 年»');
  });

  it('labels columns and values in English when asked, data names in English', async () => {
    const { data: rows } = parse(await buildCsv([RD_2022], data, translator('en')));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      company: data.companies.find((c) => c.id === 'finvolution')!.nameEn,
      metric: data.metrics.find((m) => m.id === 'rd_expense')!.nameEn,
      value: '491484000',
      status: 'reported',
      qualifier: 'exact',
      comparability: 'Comparable',
      line: '3030',
      quote: '研发费用投入 万元 37,017.5 43,485.0 49,148.4',
    });
  });

  it('round-trips every quote, caveat and note through papaparse with Chinese text intact', async () => {
    const { data: rows } = parse(await buildCsv(data.observations, data, translator('zh')));
    const byId = new Map(rows.map((r) => [r['观测编号'], r]));
    for (const o of data.observations) {
      const row = byId.get(o.id)!;
      const primary = o.provenance.find((p) => p.role === 'value') ?? o.provenance[0];
      expect(row['原文引述']).toBe(primary?.quote ?? '');
      expect(row['数值']).toBe(o.value === null ? '' : String(o.value));
      for (const id of o.caveats) expect(row['注释']).toContain(data.caveats.find((c) => c.id === id)!.textZh);
    }
  });

  it('states typed gaps as such, with an empty value and the caveat text, never zero', async () => {
    const gap = data.observations.find(
      (o) => o.company === 'mashang' && o.metric === 'rd_expense' && o.status === 'not_disclosed',
    )!;
    const { data: rows } = parse(await buildCsv([gap], data, translator('zh')));
    const caveat = data.caveats.find((c) => c.id === gap.caveats[0])!;
    expect(rows[0]).toMatchObject({ 数值: '', 状态: '未披露' });
    expect(rows[0]!['注释']).toBe(`[${caveat.id}] ${caveat.textZh}`);
    expect(rows[0]!['可比性']).toBe(translator('zh').t(`grade.${caveat.grade}`));
  });

  it('makes derived values plain: status, formula and each input with its provenance', async () => {
    const derived = data.observations.find((o) => o.status === 'derived' && o.derivation)!;
    const { data: rows } = parse(await buildCsv([derived], data, translator('en')));
    const row = rows[0]!;
    expect(row.status).toBe('derived');
    expect(row.formula).toBe(derived.derivation!.formula);
    for (const input of derived.derivation!.inputs) {
      const p = input.provenance[0]!;
      expect(row.formula_inputs).toContain(`${input.company} ${input.metric} ${input.period} = ${input.value}`);
      expect(row.formula_inputs).toContain(`${p.source}:${p.line} «${p.quote}»`);
    }
  });

  it('marks a normalised value with its denominator and formula', async () => {
    // a per-employee value shaped as the compiler emits it (schema v2), from two real observations
    const rd = RD_2022;
    const staff = data.observations.find(
      (o) => o.company === 'finvolution' && o.metric.includes('employee') && o.value !== null,
    )!;
    const perEmployee = observationSchema.parse({
      ...rd,
      id: observationId({ ...rd, rule: `normalise:employee:${rd.rule}` }),
      rule: `normalise:employee:${rd.rule}`,
      status: 'derived',
      per: 'employee',
      value: rd.value! / staff.value!,
      provenance: [],
      derivation: {
        op: 'ratio',
        formula: `${rd.metric} / ${staff.metric}`,
        inputs: [rd, staff].map((o) => ({
          company: o.company,
          metric: o.metric,
          period: o.period,
          value: o.value!,
          provenance: o.provenance,
        })),
      },
    });
    const { data: rows } = parse(await buildCsv([perEmployee], data, translator('zh')));
    expect(rows[0]).toMatchObject({
      换算基准: '人均（除以员工人数）',
      状态: '推算',
      数值: String(rd.value! / staff.value!),
      计算公式: `rd_expense / ${staff.metric}`,
    });
    expect(rows[0]!['计算输入']).toContain('研发费用投入 万元 37,017.5 43,485.0 49,148.4');
  });

  it('defuses text that a spreadsheet would run as a formula, leaving numbers alone', async () => {
    const hostile = {
      ...RD_2022,
      value: -6.3,
      provenance: [{ ...RD_2022.provenance[0]!, quote: '=HYPERLINK("http://x","y")' }],
    };
    const { data: rows } = parse(await buildCsv([hostile], data, translator('en')));
    expect(rows[0]!.quote).toBe(`'=HYPERLINK("http://x","y")`);
    expect(rows[0]!.value).toBe('-6.3');
  });

  it('keeps papaparse and fflate out of the main bundle: no static import in the export feature', () => {
    const dir = join(process.cwd(), 'src/features/export');
    const files = readdirSync(dir).filter((f) => /\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(text, f).not.toMatch(/^\s*import\s+(?!type\b)[^;]*from\s+['"](papaparse|fflate)['"]/m);
    }
  });
});
