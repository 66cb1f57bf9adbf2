// @vitest-environment node
import './with-vocabulary';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tableMapSchema } from '../../src/compiler/input-schema';
import { seedFromText } from '../../src/compiler/seed-text';
import { extractTableFigures, resolveRow } from '../../src/compiler/table-map';
import { parseTables } from '../../src/compiler/table-rows';
import { thrownCompileError } from './compile-error';

const SOURCE = '004_fc1b98ab1024343c.txt';
const seed004 = seedFromText(SOURCE, readFileSync(fileURLToPath(new URL(`../../seeds/${SOURCE}`, import.meta.url)), 'utf8'));
const rows = parseTables(seed004);
const where = { file: `seeds/${SOURCE}`, rule: 'data/tables/004.json#x' };

const thrown = thrownCompileError;

describe('resolveRow', () => {
  it('uses "under" to pick the 男性 row that follows a given total', () => {
    const fromTotal = resolveRow(rows, '男性', '员工总数', where);
    expect(fromTotal.line).toBe(3120);
    expect(fromTotal.cells.map((c) => c.printed)).toEqual(['1,825', '3,035', '2,837']);
    expect(resolveRow(rows, '男性', '全职员工总数', where).line).toBe(3169);
    expect(resolveRow(rows, '男性', '兼职员工总数', where).line).toBe(3183);
    expect(resolveRow(rows, '女性', '全职员工总数', where).cells[2]!.printed).toBe('1,660');
  });

  it('resolves a unique label without "under"', () => {
    expect(resolveRow(rows, '研发费用投入', undefined, where).line).toBe(3030);
  });

  it('fails on an ambiguous label without "under", naming the label and its lines', () => {
    const e = thrown(() => resolveRow(rows, '男性', undefined, where));
    expect(e.message).toContain('table row "男性" is ambiguous');
    expect(e.message).toMatch(/lines 3120, 3169, 3183, /);
    expect(e.message).toContain('add "under"');
    expect(e.where).toMatchObject({ file: `seeds/${SOURCE}`, line: 3169, rule: where.rule });
  });

  it('fails on a label that is not in any table', () => {
    const e = thrown(() => resolveRow(rows, '研发费用', undefined, where));
    expect(e.message).toContain('table row "研发费用" not found');
    expect(e.message).toContain(`seeds/${SOURCE}`);
    expect(thrown(() => resolveRow(rows, '研发费用投入', '员工总数', where)).message).toContain(
      'table row "研发费用投入" is missing under "员工总数" (line 3117) in its table; rows with that label in other tables (lines 3030) are not taken',
    );
  });

  it('fails when the "under" row itself is not unique', () => {
    expect(thrown(() => resolveRow(rows, '女性', '男性', where)).message).toMatch(
      /"under" row "男性" matched \d+ table rows \(lines 3120, 3169, .*\), needs exactly one/,
    );
  });
});

describe('extractTableFigures', () => {
  const map = (rowMaps: unknown[]) => tableMapSchema.parse({ source: SOURCE, rows: rowMaps });

  it('yields one figure per year with the row and header as provenance', () => {
    const figs = extractTableFigures(
      map([{ id: 'fv-rd-expense', label: '研发费用投入', metric: 'rd_expense' }]),
      seed004,
      'finvolution',
      'data/tables/004.json',
    );
    expect(figs.map((f) => [f.period, f.printed])).toEqual([
      ['FY2020', '37,017.5'],
      ['FY2021', '43,485.0'],
      ['FY2022', '49,148.4'],
    ]);
    const f = figs[2]!;
    expect(f).toMatchObject({
      ruleId: 'fv-rd-expense',
      company: 'finvolution',
      metric: 'rd_expense',
      printedUnit: '万元',
      qualifier: 'exact',
      line: 3030,
    });
    expect(f.provenance).toEqual([
      {
        source: SOURCE,
        line: 3030,
        quote: '研发费用投入 万元 37,017.5 43,485.0 49,148.4',
        figure: '49,148.4',
        unit: '万元',
        role: 'value',
      },
      { source: SOURCE, line: 3028, quote: '指标 单位 2020 年 2021 年 2022 年', role: 'context' },
    ]);
    expect(f.notes).toEqual({ en: 'Table row "研发费用投入", column 2022.', zh: '表格行“研发费用投入”，2022 年列。' });
  });

  it('maps 男性 under 员工总数 to the first gender split', () => {
    const figs = extractTableFigures(
      map([{ id: 'm', label: '男性', under: '员工总数', metric: 'employees_male' }]),
      seed004,
      'finvolution',
      'x.json',
    );
    expect(figs.find((f) => f.period === 'FY2022')?.printed).toBe('2,837');
  });

  it('records wrapped rows with lineEnd and footnotes in the note', () => {
    const figs = extractTableFigures(
      map([
        { id: 'i', label: '员工人均温室气体排放量', metric: 'x' },
        { id: 'g', label: '温室气体排放总量', metric: 'ghg_scope12' },
      ]),
      seed004,
      'finvolution',
      'x.json',
    );
    expect(figs[0]!.provenance[0]).toMatchObject({ line: 2928, lineEnd: 2932, figure: '—', unit: '吨二氧化碳当量/人' });
    expect(figs[3]!.notes?.en).toContain('(footnote 1, 2)');
    expect(figs[3]!.notes?.zh).toContain('（脚注 1、2）');
  });

  it('applies a unitOverride when the printed unit matches', () => {
    const figs = extractTableFigures(
      map([{ id: 'sat', label: '客户满意度', metric: 'customer_satisfaction', unitOverride: { printed: '个', actual: '%' } }]),
      seed004,
      'finvolution',
      'x.json',
    );
    expect(figs.map((f) => f.printedUnit)).toEqual(['%', '%', '%']);
    expect(figs[2]!.printed).toBe('93.0');
  });

  it('fails when a unitOverride names a unit the row does not print', () => {
    const e = thrown(() =>
      extractTableFigures(
        map([{ id: 'sat', label: '客户满意度', metric: 'customer_satisfaction', unitOverride: { printed: '件', actual: '%' } }]),
        seed004,
        'finvolution',
        'x.json',
      ),
    );
    expect(e.message).toContain('unitOverride expects printed unit 件 but the row prints 个');
    expect(e.where).toMatchObject({ line: 3080, rule: 'sat' });
  });

  it('fails on a deleted row and on a seed without a KPI table', () => {
    expect(
      thrown(() => extractTableFigures(map([{ id: 'gone', label: '不存在的指标', metric: 'x' }]), seed004, 'f', 'x.json'))
        .message,
    ).toContain('[rule x.json#gone]: table row "不存在的指标" not found');
    const prose = seedFromText('p.txt', '员工总数 人 1 2 3');
    expect(
      thrown(() => extractTableFigures(map([{ id: 'a', label: '员工总数', metric: 'x' }]), prose, 'f', 'x.json')).message,
    ).toContain('no KPI table found');
  });
});
