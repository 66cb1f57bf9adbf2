// @vitest-environment node
/**
 * Issue 8 §4: inputs that once compiled to a wrong value with no error. Each
 * case is a class of input; the compiler must read it right or stop naming
 * file, line and rule with the real cause.
 */
import './with-vocabulary';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { thrownCompileError } from './compile-error';
import { compileMini, valueOf } from './mini-inputs';
import { loadInputs } from '../../src/compiler/load-inputs';
import { lookupPrintedUnit } from '../../src/model/units';
import { parseTablesDetailed } from '../../src/compiler/table-rows';
import { seedFromText } from '../../src/compiler/seed-text';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HEADER = '指标 单位 2021 年 2022 年';
const headcount = { id: 'mini-total', label: '员工总数', metric: 'employees_total' };
const male = { id: 'mini-male', label: '男性', under: '员工总数', metric: 'employees_male' };

describe('"under" stays inside its parent\'s table', () => {
  it('fails when the expected row is missing, instead of taking the row of another table', () => {
    const text = [HEADER, '员工总数 人 100 120', '女性 人 40 50', HEADER, '管理层 人 10 12', '男性 人 6 7'].join('\n');
    const e = thrownCompileError(() => compileMini(text, { tables: [{ rows: [headcount, male] }] }));
    expect(e.message).toContain('table row "男性" is missing under "员工总数" (line 2) in its table');
    expect(e.message).toContain('other tables (lines 6) are not taken');
    expect(e.message).toContain('[rule data/tables/mini0.json#mini-male]');
  });

  it('fails when the total is printed below its breakdown', () => {
    const text = [HEADER, '男性 人 60 70', '女性 人 40 50', '员工总数 人 100 120', HEADER, '管理层 人 10 12', '男性 人 6 7'].join(
      '\n',
    );
    const e = thrownCompileError(() => compileMini(text, { tables: [{ rows: [headcount, male] }] }));
    expect(e.message).toContain('table row "男性" is printed above "员工总数" (line 2 before line 4), not under it');
    expect(e.where.line).toBe(2);
  });

  it('still takes the row under its parent', () => {
    const text = [HEADER, '员工总数 人 100 120', '男性 人 60 70', HEADER, '管理层 人 10 12', '男性 人 6 7'].join('\n');
    expect(valueOf(compileMini(text, { tables: [{ rows: [headcount, male] }] }), 'employees_male', 'FY2022')).toBe(70);
  });
});

describe('thousands separators', () => {
  const rule = {
    id: 'mini-staff',
    metric: 'employees_total',
    period: 'FY2022',
    anchor: '员工人数',
    value: { lines: [0, 0], pattern: '人{num}' },
    unit: '人',
  };

  it('reads "人2 785" (a space between thousands) as 2785, with a warning', () => {
    const r = compileMini('员工人数 人2 785', { rules: [rule] });
    expect(valueOf(r, 'employees_total', 'FY2022')).toBe(2785);
    expect(r.warnings.map((w) => w.message).join('\n')).toContain('uses spaces as thousands separators');
  });

  it('reads "人1031，100%签订劳动合同" as 1031: a full-width comma ends a clause', () => {
    expect(valueOf(compileMini('员工人数 人1031，100%签订劳动合同', { rules: [rule] }), 'employees_total', 'FY2022')).toBe(1031);
  });

  it('still reads full-width groups "１，０３１" and "1,031"', () => {
    expect(valueOf(compileMini('员工人数 人１，０３１', { rules: [rule] }), 'employees_total', 'FY2022')).toBe(1031);
    expect(valueOf(compileMini('员工人数 人1,031 名', { rules: [rule] }), 'employees_total', 'FY2022')).toBe(1031);
  });

  it('rejects "万人0.2785" for a rule in 人: the unit printed is 万人, naming it', () => {
    const e = thrownCompileError(() => compileMini('员工人数 万人0.2785', { rules: [rule] }));
    expect(e.message).toContain(
      'the figure "0.2785" is printed next to the unit "万人" (persons ×10000), but the rule reads it in "人" (persons ×1)',
    );
    expect(e.message).toContain('seeds/mini_seed.txt:1 [rule mini-staff]');
  });

  it('rejects 人 read from "人次" (another unit)', () => {
    const e = thrownCompileError(() =>
      compileMini('员工人数 3000人次', { rules: [{ ...rule, value: { lines: [0, 0], pattern: '{num}' } }] }),
    );
    expect(e.message).toContain('"人次"');
  });
});

describe('a layout shifted by inserted lines', () => {
  const column = ['员工人数', '董事会人数', '人', '2785', '', '9'];
  const boardRule = { id: 'mini-board', metric: 'board_size', period: 'FY2022', anchor: '董事会人数', unit: '人' };

  it('rejects a fixed window with a neighbouring figure just outside it', () => {
    const e = thrownCompileError(() =>
      compileMini(column.join('\n'), { rules: [{ ...boardRule, value: { lines: [4, 4], pattern: '{num}' } }] }),
    );
    expect(e.message).toContain('also matches on line 4, just outside the window 6-6');
  });

  it('a column rule (nth) reads the figure, and stops when two lines are inserted', () => {
    const rules = [{ ...boardRule, value: { lines: [2, 4], pattern: '{num}', nth: { index: 2, of: 2 } } }];
    expect(valueOf(compileMini(column.join('\n'), { rules }), 'board_size', 'FY2022')).toBe(9);
    const shifted = [...column.slice(0, 2), '（截至年末）', '', ...column.slice(2)];
    const e = thrownCompileError(() => compileMini(shifted.join('\n'), { rules }));
    expect(e.message).toContain('matches 1 times in lines 4-6');
    expect(e.message).toContain('the layout changed');
  });

  it('two rules may not take one printed figure', () => {
    const text = ['员工人数 董事会人数', '人 9'].join('\n');
    const e = thrownCompileError(() =>
      compileMini(text, {
        rules: [
          {
            id: 'mini-a',
            metric: 'board_size',
            period: 'FY2022',
            anchor: '董事会人数',
            value: { lines: [1, 1], pattern: '人 {num}' },
            unit: '人',
          },
          {
            id: 'mini-b',
            metric: 'employees_total',
            period: 'FY2022',
            anchor: '员工人数',
            value: { lines: [1, 1], pattern: '人 {num}' },
            unit: '人',
          },
        ],
      }),
    );
    expect(e.message).toMatch(/also taken by rule mini-[ab]/);
  });
});

describe('table headers', () => {
  it('a header the parser does not read ends the table: its rows never inherit the previous years', () => {
    const text = [
      '指标 单位 2020 年 2021 年 2022 年',
      '员工总数 人 100 110 120',
      '关键数据 计量 2023 2024 2025',
      '董事会人数 人 7 8 9',
    ].join('\n');
    const parsed = parseTablesDetailed(seedFromText('x.txt', text));
    expect(parsed.rows.map((r) => r.label)).toEqual(['员工总数']);
    expect(parsed.unreadHeaders).toEqual([3]);
    const e = thrownCompileError(() =>
      compileMini(text, { tables: [{ rows: [headcount, { id: 'mini-board', label: '董事会人数', metric: 'board_size' }] }] }),
    );
    expect(e.message).toContain('follows line 3, which looks like a table header the parser does not read');
  });

  it.each([
    ['Indicator Unit 2021 2022', ['FY2021', 'FY2022']],
    ['项目 单位 2021年度 2022年度', ['FY2021', 'FY2022']],
    ['KPI | Unit | FY2021 | FY2022', ['FY2021', 'FY2022']],
    ['指标 单位\n2021 2022', ['FY2021', 'FY2022']],
    ['指标 单位 2021 2022\n年 年', ['FY2021', 'FY2022']],
  ])('reads the header %j', (header, periods) => {
    const rows = parseTablesDetailed(
      seedFromText('x.txt', `${header}\n员工总数 人 100 120\nTotal employees persons 100 120`),
    ).rows;
    expect(rows[0]).toMatchObject({
      label: '员工总数',
      cells: periods.map((period, i) => ({ period, printed: ['100', '120'][i] })),
    });
    expect(rows[1]).toMatchObject({ label: 'Totalemployees', unit: 'persons' });
  });

  it('a table row can take one column by year', () => {
    const text = [HEADER, '员工总数 人 100 120'].join('\n');
    const r = compileMini(text, { tables: [{ rows: [{ ...headcount, years: ['2022'] }] }] });
    expect(valueOf(r, 'employees_total', 'FY2022')).toBe(120);
    expect(valueOf(r, 'employees_total', 'FY2021')).toBeUndefined();
    expect(
      thrownCompileError(() => compileMini(text, { tables: [{ rows: [{ ...headcount, years: ['2019'] }] }] })).message,
    ).toContain('"years" asks for 2019 but the table (header line 1) has columns 2021, 2022');
  });
});

describe('run-together figures', () => {
  const rule = {
    id: 'mini-users',
    metric: 'credit_records_built_cumulative',
    period: '2022-12',
    anchor: '累计注册用户',
    value: { lines: [0, 0], pattern: '用户{num}万人' },
    unit: '万人',
  };

  it('does not declare a real unseparated figure (825840) garbled: the data must say which it is', () => {
    const e = thrownCompileError(() => compileMini('累计注册用户825840万人', { rules: [rule] }));
    expect(e.message).toContain('may be two values run together (825 → 840) or one number');
    expect(
      valueOf(
        compileMini('累计注册用户825840万人', { rules: [{ ...rule, garbled: false }] }),
        'credit_records_built_cumulative',
        '2022-12',
      ),
    ).toBe(8258400000);
    const garbled = compileMini('累计注册用户825840万人', { rules: [{ ...rule, garbled: true }] });
    expect(garbled.datasets.observations.find((o) => o.rule === 'mini-users')).toMatchObject({
      status: 'garbled',
      raw: '825840',
    });
  });

  it('a table cell is one number when its row has neighbours of its size', () => {
    const text = [HEADER, '员工总数 人 790,123 825840'].join('\n');
    const r = compileMini(text, { tables: [{ rows: [headcount] }] });
    expect(valueOf(r, 'employees_total', 'FY2022')).toBe(825840);
  });
});

describe('one figure, one primary statement', () => {
  const rule = (id: string, pattern: string, extra: object = {}) => ({
    id,
    metric: 'employees_total',
    period: 'FY2022',
    anchor: pattern.replace('{num}', '').replace(/人$/, '').trim(),
    value: { lines: [0, 0], pattern },
    unit: '人',
    ...extra,
  });
  const text = '员工总数 4,870 人\n员工人数合计 4,870 人';

  it('two rules for the same company, metric and period stop the build, naming both', () => {
    const e = thrownCompileError(() =>
      compileMini(text, { rules: [rule('mini-a', '员工总数 {num} 人'), rule('mini-b', '员工人数合计 {num} 人')] }),
    );
    expect(e.message).toContain('two statements of finvolution employees_total FY2022');
    expect(e.message).toContain('seeds/mini_seed.txt:1 [rule mini-a]');
    expect(e.message).toContain('"corroborates": true');
  });

  it('a corroborating statement that agrees is recorded on the observation', () => {
    const r = compileMini(text, {
      rules: [rule('mini-a', '员工总数 {num} 人'), rule('mini-b', '员工人数合计 {num} 人', { corroborates: true })],
    });
    const o = r.datasets.observations.find((x) => x.rule === 'mini-a')!;
    expect(o.value).toBe(4870);
    expect(o.corroborations?.map((p) => p.line)).toEqual([2]);
    expect(r.datasets.conflicts).toEqual([]);
  });

  it('a corroborating statement that disagrees is a reported conflict', () => {
    const r = compileMini('员工总数 4,871 人\n员工人数合计 4,870 人', {
      rules: [rule('mini-a', '员工总数 {num} 人'), rule('mini-b', '员工人数合计 {num} 人', { corroborates: true })],
    });
    expect(r.datasets.conflicts).toHaveLength(1);
    expect(r.datasets.conflicts[0]!.statements.map((s) => s.value)).toEqual([4871, 4870]);
    expect(r.warnings.some((w) => w.message.startsWith('conflict: employees_total FY2022 is 4870'))).toBe(true);
  });
});

describe('input hygiene', () => {
  const temps: string[] = [];
  afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));
  const copy = () => {
    const root = mkdtempSync(join(tmpdir(), 'duibiao-hygiene-'));
    temps.push(root);
    cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true });
    cpSync(join(ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
    return root;
  };

  it('a source id may not escape seeds/', () => {
    const root = copy();
    const path = join(root, 'data', 'sources.json');
    const sources = JSON.parse(readFileSync(path, 'utf8')) as { id: string }[];
    sources[0]!.id = '../package.json';
    writeFileSync(path, JSON.stringify(sources));
    const e = thrownCompileError(() => loadInputs(root));
    expect(e.message).toContain('data/sources.json');
    expect(e.message).toContain('a source id must be a plain file name');
  });

  it('an editor lock file or a directory among the data files is a named error', () => {
    const root = copy();
    writeFileSync(join(root, 'data', 'rules', '.#000_2a03172942c5d652.json'), 'user@host.1234');
    expect(thrownCompileError(() => loadInputs(root)).message).toContain(
      'data/rules/.#000_2a03172942c5d652.json: an editor lock, swap or hidden file',
    );
    rmSync(join(root, 'data', 'rules', '.#000_2a03172942c5d652.json'));
    mkdirSync(join(root, 'data', 'gaps', 'extra.json'));
    expect(thrownCompileError(() => loadInputs(root)).message).toContain('data/gaps/extra.json: data file is a directory');
  });

  it('ids like constructor and __proto__ are ordinary unknown names', () => {
    expect(lookupPrintedUnit('constructor')).toBeUndefined();
    expect(lookupPrintedUnit('__proto__')).toBeUndefined();
    const rule = {
      id: 'constructor',
      metric: 'employees_total',
      period: 'FY2022',
      anchor: '员工人数',
      value: { lines: [0, 0], pattern: '{num}' },
    };
    expect(
      thrownCompileError(() => compileMini('员工人数 9 constructor', { rules: [{ ...rule, unit: 'constructor' }] })).message,
    ).toContain('unknown unit "constructor"');
    expect(
      thrownCompileError(() => compileMini('员工人数 9 人', { rules: [{ ...rule, unit: '人', metric: '__proto__' }] })).message,
    ).toContain('unknown metric "__proto__"');
  });

  it('a rule starting with {num} over a 400 KB digit run takes linear time', () => {
    const text = `标签\n${'1'.repeat(400_000)}`;
    const t0 = performance.now();
    const e = thrownCompileError(() =>
      compileMini(text, {
        rules: [
          {
            id: 'mini-long',
            metric: 'employees_total',
            period: 'FY2022',
            anchor: '标签',
            value: { lines: [1, 1], pattern: '{num}人' },
            unit: '人',
          },
        ],
      }),
    );
    expect(e.message).toContain('not found');
    // a figure, not a timing assertion: the old pattern took about a minute here
    console.log(`{num} pattern over a 400 KB digit run: ${Math.round(performance.now() - t0)} ms`);
  }, 15_000);
});
