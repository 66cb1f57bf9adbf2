// @vitest-environment node
/**
 * Issue 8 §5: a third company needs data files only. The fixture under
 * tests/fixtures/third-company adds a company, a source, a table map (English
 * header, "tons of carbon dioxide", RMB million, a wrapped Chinese header, one
 * column picked by year), prose rules with 近 / 不少于, an ignore and a unit.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileThreeCompanies } from '../fixtures/third-company/build-root';

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

describe('a third company from data files only', () => {
  const out = mkdtempSync(join(tmpdir(), 'duibiao-three-out-'));
  temps.push(out);
  const result = compileThreeCompanies(out);
  temps.push(result.root);
  const mine = result.datasets.observations.filter((o) => o.company === 'xingfu');
  // absolute values only: the compiler also emits normalised ones (per employee, per revenue) under the same metric
  const value = (metric: string, period: string) =>
    mine.find((o) => o.metric === metric && o.period === period && o.per === undefined);

  it('compiles three companies into the output directory', () => {
    expect(result.datasets.companies.map((c) => c.id)).toEqual(['mashang', 'finvolution', 'xingfu']);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { seeds: string };
    const seeds = JSON.parse(readFileSync(join(out, manifest.seeds), 'utf8')) as Record<string, string>;
    expect(Object.keys(seeds)).toContain('900_synthetic_xingfu.txt');
  });

  it('reads the English KPI table with its units scaled to canonical ones', () => {
    expect(value('revenue', 'FY2022')?.value).toBe(1234500000);
    expect(value('revenue', 'FY2023')?.value).toBe(1456700000);
    expect(value('ghg_scope12', 'FY2023')).toMatchObject({ value: 812.4, unit: 'tCO2e' });
  });

  it('picks one column by year and reads a wrapped Chinese header', () => {
    expect(value('board_size', 'FY2023')?.value).toBe(11);
    expect(value('board_size', 'FY2022')).toBeUndefined();
    expect(value('complaints', 'FY2022')?.value).toBe(1020);
    expect(value('complaints', 'FY2023')?.value).toBe(980);
  });

  it('keeps qualifier directions: 近 is at most, 不少于 at least', () => {
    expect(value('rd_staff', 'FY2023')).toMatchObject({ value: 300, qualifier: 'at_most' });
    expect(value('patent_applications_cumulative', '2023-12')).toMatchObject({ value: 150, qualifier: 'at_least' });
  });

  it('records the prose restatement in 亿元 as corroboration of the table figure', () => {
    expect(value('revenue', 'FY2023')?.corroborations?.find((p) => p.role === 'value')).toMatchObject({
      figure: '14.567',
      unit: '亿元',
    });
    expect(result.datasets.conflicts).toEqual([]);
  });

  it('writes the notes of its rules and table rows in both languages', () => {
    const noted = mine.filter((o) => o.note !== undefined);
    expect(noted.length).toBeGreaterThan(0);
    expect(noted.filter((o) => o.notes === undefined).map((o) => o.id)).toEqual([]);
    expect(value('board_size', 'FY2023')?.notes).toEqual({
      en: 'Only the current board is taken (column picked by year). Table row "Boardmembers", column 2023.',
      zh: '仅取本届董事会（按年份选列）。表格行“Boardmembers”，2023 年列。',
    });
    expect(value('rd_staff', 'FY2023')?.notes?.zh).toBe('正文：“近”表示该数字为上限。');
  });

  it('leaves no number in the new source unreviewed', () => {
    expect(result.coverage.find((c) => c.source === '900_synthetic_xingfu.txt')).toMatchObject({ unreviewed: 0 });
    expect(result.warnings.filter((w) => w.file.includes('900_synthetic'))).toEqual([]);
  });
});
