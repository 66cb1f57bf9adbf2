// @vitest-environment node
/**
 * End-to-end: compiles copies of the repo's data/ and seeds/ (never the originals),
 * edits a seed in the copy and checks that the change flows through or fails the build.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type CompileResult } from '../../src/compiler/compile';
import { compareFiles } from '../../src/compiler/compare-files';
import { emit } from '../../src/compiler/emit';
import { CompileError } from '../../src/compiler/errors';
import { loadInputs, type Inputs } from '../../src/compiler/load-inputs';
import { verifyObservation } from '../../src/compiler/verify';
import type { Observation } from '../../src/model/schema';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const S000 = '000_2a03172942c5d652.txt';
const S002 = '002_fd047fc744762702.txt';
const S004 = '004_fc1b98ab1024343c.txt';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'duibiao-unit-'));
  temps.push(dir);
  return dir;
}

/** A copy of data/ and seeds/, with optional edits to seed lines. */
function copyRepo(edits: Record<string, (lines: string[]) => string[]> = {}): string {
  const root = tempDir();
  cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true });
  cpSync(join(ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
  for (const [seed, edit] of Object.entries(edits)) {
    const path = join(root, 'seeds', seed);
    const before = readFileSync(path, 'utf8');
    const after = edit(before.split('\n')).join('\n');
    expect(after, `edit of ${seed} changed nothing`).not.toBe(before);
    writeFileSync(path, after);
  }
  return root;
}

/** Replace `from` by `to` on the one line that contains `marker`. */
const onLine = (marker: string, from: string, to: string) => (lines: string[]) => {
  const hits = lines.flatMap((l, i) => (l.includes(marker) ? [i] : []));
  expect(hits, `lines containing ${marker}`).toHaveLength(1);
  return lines.map((l, i) => (i === hits[0] ? l.replace(from, to) : l));
};

function find(obs: Observation[], company: string, metric: string, period?: string): Observation[] {
  // Base values only: normalised values (per employee / revenue) share the metric id.
  return obs.filter(
    (o) => o.per === undefined && o.company === company && o.metric === metric && (period === undefined || o.period === period),
  );
}
function one(obs: Observation[], company: string, metric: string, period: string): Observation {
  const found = find(obs, company, metric, period);
  expect(found, `${company} ${metric} ${period}`).toHaveLength(1);
  return found[0]!;
}

function compileError(root: string): CompileError {
  try {
    compile(loadInputs(root));
  } catch (e) {
    expect(e).toBeInstanceOf(CompileError);
    return e as CompileError;
  }
  throw new Error('expected the compile to fail');
}

describe('compiling the real inputs (a copy)', () => {
  let inputs: Inputs;
  let result: CompileResult;
  let obs: Observation[];
  beforeAll(() => {
    inputs = loadInputs(copyRepo());
    result = compile(inputs);
    obs = result.datasets.observations;
  });

  it('gives the core four for FinVolution FY2022', () => {
    expect(one(obs, 'finvolution', 'rd_expense', 'FY2022')).toMatchObject({
      value: 491484000,
      unit: 'CNY',
      status: 'reported',
      qualifier: 'exact',
    });
    expect(one(obs, 'finvolution', 'ghg_scope12', 'FY2022')).toMatchObject({ value: 1570.8, unit: 'tCO2e', status: 'reported' });
    // Employees as the metric defines them (full-time 4,144 + part-time 13); the headline 4,870 counts outsourced staff too.
    expect(one(obs, 'finvolution', 'employees_total', 'FY2022')).toMatchObject({
      value: 4157,
      unit: 'persons',
      status: 'derived',
    });
    expect(one(obs, 'finvolution', 'employees_incl_outsourced', 'FY2022')).toMatchObject({ value: 4870, status: 'reported' });
    expect(one(obs, 'finvolution', 'complaints', 'FY2022')).toMatchObject({ value: 5645, unit: 'count', status: 'reported' });
  });

  it('cites the table row for a table figure', () => {
    const rd = one(obs, 'finvolution', 'rd_expense', 'FY2022');
    expect(rd.provenance.find((p) => p.role === 'value')).toMatchObject({
      source: S004,
      line: 3030,
      figure: '49,148.4',
      unit: '万元',
    });
    expect(one(obs, 'finvolution', 'ghg_scope12', 'FY2020')).toMatchObject({ value: null, status: 'not_disclosed' });
  });

  it('gives Mashang’s headcount, gaps and index claims', () => {
    expect(one(obs, 'mashang', 'employees_total', 'FY2022')).toMatchObject({ value: 2785, status: 'reported' });
    expect(find(obs, 'mashang', 'rd_expense').map((o) => [o.status, o.value])).toEqual([['not_disclosed', null]]);
    for (const [metric, index] of [
      ['ghg_scope12', 'A1.2'],
      ['complaints', 'B6.2'],
    ] as const) {
      const o = one(obs, 'mashang', metric, 'FY2022');
      expect(o).toMatchObject({ status: 'claimed_not_found', value: null });
      expect(o.provenance.length).toBeGreaterThan(0);
      expect(o.provenance.every((p) => p.role === 'index_claim' && p.source === S000)).toBe(true);
      expect(o.provenance[0]!.quote).toContain(index);
    }
  });

  it('keeps the run-together patent figure out as garbled', () => {
    const o = one(obs, 'mashang', 'invention_patent_applications_cumulative', '2025-12');
    expect(o).toMatchObject({ status: 'garbled', raw: '29003000', value: null });
    expect(o.provenance.find((p) => p.role === 'value')).toMatchObject({ source: S002, figure: '29003000' });
  });

  it('has at least one observation for every metric × company', () => {
    expect(inputs.companies.length).toBeGreaterThanOrEqual(2);
    const missing = inputs.companies.flatMap((c) =>
      inputs.metrics.filter((m) => find(obs, c.id, m.id).length === 0).map((m) => `${c.id}:${m.id}`),
    );
    expect(missing).toEqual([]);
  });

  it('gives every observation with a note its notes in both languages', () => {
    const withNote = obs.filter((o) => o.note !== undefined);
    expect(withNote.length).toBeGreaterThan(300);
    expect(withNote.filter((o) => o.notes === undefined).map((o) => o.id)).toEqual([]);
    for (const o of withNote) {
      expect(o.notes!.en, o.id).toBe(o.note);
      expect(o.notes!.zh, o.id).not.toBe(o.notes!.en);
      expect(o.notes!.zh, o.id).toMatch(/[\u4e00-\u9fff]/);
    }
    const tax = one(obs, 'finvolution', 'income_tax', 'FY2021');
    expect(tax.notes).toEqual({
      en: 'Printed as 纳税总额 (total tax paid), but footnote 2 defines it as income-tax expense. Table row "纳税总额" (footnote 2), column 2021.',
      zh: '印为“纳税总额”，但脚注 2 将其定义为所得税费用。表格行“纳税总额”（脚注 2），2021 年列。',
    });
    const dash = one(obs, 'finvolution', 'ghg_scope12', 'FY2020');
    expect(dash.notes?.zh).toContain('表格该年份印为“—”，未披露。');
  });

  it('re-verifies every observation against the seeds', () => {
    const byId = new Map(obs.map((o) => [o.id, o]));
    for (const o of obs) expect(() => verifyObservation(o, inputs.seeds, byId)).not.toThrow();
  });
});

describe('edits to a seed flow through the build', () => {
  it('a changed table cell changes the value', () => {
    const root = copyRepo({ [S004]: onLine('研发费用投入 万元', '49,148.4', '51,000.0') });
    const obs = compile(loadInputs(root)).datasets.observations;
    expect(one(obs, 'finvolution', 'rd_expense', 'FY2022').value).toBe(510000000);
    expect(one(obs, 'finvolution', 'rd_expense', 'FY2021').value).toBe(434850000);
  });

  it('a changed infographic figure changes the value', () => {
    const root = copyRepo({ [S000]: onLine('亿元665.10', '亿元665.10', '亿元700.00') });
    const obs = compile(loadInputs(root)).datasets.observations;
    const o = one(obs, 'mashang', 'total_assets', 'FY2022');
    expect(o.value).toBe(70000000000);
    expect(o.provenance.find((p) => p.role === 'value')).toMatchObject({ quote: '亿元700.00', figure: '700.00' });
  });

  it('a deleted table row fails the build naming the row label', () => {
    const root = copyRepo({ [S004]: (lines) => lines.filter((l) => !l.startsWith('研发费用投入 万元')) });
    const e = compileError(root);
    expect(e.message).toContain('table row "研发费用投入" not found');
    expect(e.message).toContain(`seeds/${S004}`);
  });

  it('a duplicated anchor fails the build with "not unique"', () => {
    const root = copyRepo({ [S000]: (lines) => lines.flatMap((l) => (l === '营业收入' ? [l, l] : [l])) });
    const e = compileError(root);
    expect(e.message).toContain('[rule mashang-000-revenue]');
    expect(e.message).toMatch(/anchor "营业收入" is not unique: found on lines (\d+), (\d+)/);
  });
});

describe('emit', () => {
  it('a rule with a note but no noteZh fails the build naming the file and rule', () => {
    const root = copyRepo();
    const file = join(root, 'data', 'rules', '003_3447acc407f3fddb.json');
    const rules = JSON.parse(readFileSync(file, 'utf8')) as { id: string; noteZh?: string }[];
    delete rules[1]!.noteZh;
    writeFileSync(file, JSON.stringify(rules, null, 2));
    const e = compileError(root);
    expect(e.where).toMatchObject({ file: join('data', 'rules', '003_3447acc407f3fddb.json'), rule: rules[1]!.id });
    expect(e.message).toContain('1.noteZh');
  });

  it('a table row with a note but no noteZh fails the build naming the file and row', () => {
    const root = copyRepo();
    const file = join(root, 'data', 'tables', '004_fc1b98ab1024343c.json');
    const map = JSON.parse(readFileSync(file, 'utf8')) as { rows: { id: string; note?: string; noteZh?: string }[] };
    const row = map.rows.find((r) => r.id === 'fv-income-tax')!;
    delete row.noteZh;
    writeFileSync(file, JSON.stringify(map, null, 2));
    const e = compileError(root);
    expect(e.where).toMatchObject({ file: join('data', 'tables', '004_fc1b98ab1024343c.json'), rule: 'fv-income-tax' });
    expect(e.message).toContain('a row with a note needs noteZh');
  });

  it('two compiles of the same inputs write byte-identical files', () => {
    const root = copyRepo();
    const outs = [tempDir(), tempDir()];
    for (const out of outs) {
      const inputs = loadInputs(root);
      const r = compile(inputs);
      emit(out, {
        datasets: r.datasets,
        compare: compareFiles(r.datasets),
        seeds: new Map([...inputs.seeds].map(([k, v]) => [k, v.text])),
        coverage: r.coverage,
        inputHashes: r.inputHashes,
      });
    }
    const [a, b] = outs.map((d) => readdirSync(d).sort());
    expect(a).toEqual(b);
    expect(a).toContain('manifest.json');
    expect(a!.some((f) => /^observations\.[0-9a-f]{10}\.json$/.test(f))).toBe(true);
    for (const f of a!) expect(readFileSync(join(outs[1]!, f)).equals(readFileSync(join(outs[0]!, f))), f).toBe(true);

    const manifest = JSON.parse(readFileSync(join(outs[0]!, 'manifest.json'), 'utf8'));
    const seeds = JSON.parse(readFileSync(join(outs[0]!, manifest.seeds), 'utf8'));
    for (const f of [...Object.values(manifest.files), manifest.seeds, ...Object.values(seeds), manifest.coverage])
      expect(a).toContain(f);
  });
});

describe('verifyObservation', () => {
  let inputs: Inputs;
  let obs: Observation[];
  beforeAll(() => {
    inputs = loadInputs(copyRepo());
    obs = compile(inputs).datasets.observations;
  });
  const clone = (o: Observation): Observation => JSON.parse(JSON.stringify(o));

  it('throws when a quote is edited', () => {
    const o = clone(one(obs, 'finvolution', 'rd_expense', 'FY2022'));
    expect(() => verifyObservation(o, inputs.seeds)).not.toThrow();
    o.provenance[0]!.quote = o.provenance[0]!.quote.replace('49,148.4', '49,148.5');
    o.provenance[0]!.figure = '49,148.5';
    expect(() => verifyObservation(o, inputs.seeds)).toThrow(/is not on lines 3030-3030/);
  });

  it('throws when a value is altered', () => {
    const o = clone(one(obs, 'mashang', 'total_assets', 'FY2022'));
    o.value = 66510000001;
    expect(() => verifyObservation(o, inputs.seeds)).toThrow(
      /value 66510000001 does not re-parse from its quote \(got 66510000000\)/,
    );
  });

  it('throws when a quote points at the wrong line or a garbled raw is not quoted', () => {
    const moved = clone(one(obs, 'finvolution', 'employees_incl_outsourced', 'FY2022'));
    moved.provenance[0]!.line += 1;
    expect(() => verifyObservation(moved, inputs.seeds)).toThrow(CompileError);
    const g = clone(one(obs, 'mashang', 'invention_patent_applications_cumulative', '2025-12'));
    g.raw = '2900';
    expect(() => verifyObservation(g, inputs.seeds)).toThrow(/garbled observation does not quote its raw figure/);
  });

  it('throws when a derived value does not follow from its inputs', () => {
    const byId = new Map(obs.map((o) => [o.id, o]));
    const derived = obs.filter((o) => o.status === 'derived');
    expect(derived.length).toBeGreaterThan(0);
    for (const d of derived) {
      const o = clone(d);
      o.value = o.value! + 1;
      expect(() => verifyObservation(o, inputs.seeds, byId)).toThrow(/does not follow from its inputs/);
    }
  });
});
