// @vitest-environment node
/**
 * Compiled normalisation and derivation checks: per-employee / per-revenue values are
 * derived observations the compiler emits and verifies; refusals carry bilingual reasons;
 * a derivation with the wrong arity or incompatible units fails naming file and rule.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type CompileResult } from '../../src/compiler/compile';
import { loadInputs, type Inputs } from '../../src/compiler/load-inputs';
import { verifyObservation } from '../../src/compiler/verify';
import { arityProblem, compute, derivedQualifier, unitProblem } from '../../src/compiler/derive';
import type { Observation } from '../../src/model/schema';
import { thrownCompileError } from './compile-error';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** A copy of data/ and seeds/, with optional edits to data files (path → JSON transform). */
function copyRepo(edits: Record<string, (json: never) => unknown> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'duibiao-norm-'));
  temps.push(root);
  cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true });
  cpSync(join(ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
  for (const [path, edit] of Object.entries(edits)) {
    const file = join(root, path);
    writeFileSync(file, JSON.stringify(edit(JSON.parse(readFileSync(file, 'utf8')) as never), null, 2));
  }
  return root;
}

const byMetric = (obs: Observation[], company: string, metric: string, period: string) =>
  obs.filter((o) => o.company === company && o.metric === metric && o.period === period);

describe('compiled normalisation on the real inputs', () => {
  let inputs: Inputs;
  let result: CompileResult;
  let obs: Observation[];
  beforeAll(() => {
    inputs = loadInputs(copyRepo());
    result = compile(inputs);
    obs = result.datasets.observations;
  });

  it('emits each normalised value as a derived ratio of the base value and the same-year denominator, unrounded', () => {
    const normalised = obs.filter((o) => o.per !== undefined);
    expect(normalised.length).toBeGreaterThan(20);
    for (const n of normalised) {
      expect(n.status).toBe('derived');
      expect(n.derivation!.op).toBe('ratio');
      const [num, den] = n.derivation!.inputs;
      const base = obs.find(
        (o) =>
          o.id !== n.id &&
          o.per === undefined &&
          o.metric === n.metric &&
          o.company === n.company &&
          o.period === n.period &&
          o.value === num!.value,
      );
      expect(base, n.id).toBeDefined();
      expect(den!.metric).toBe(n.per === 'employee' ? 'employees_total' : 'revenue');
      expect(den!.period.slice(0, 6).replace('-', '')).toContain(n.period.slice(2));
      expect(n.value).toBe(num!.value / den!.value);
      expect(n.notes?.zh).toMatch(/除以/);
      expect(n.id).not.toBe(base!.id);
    }
  });

  it('divides FinVolution revenue by its headcount and net profit by its revenue', () => {
    const perHead = byMetric(obs, 'finvolution', 'revenue', 'FY2022').find((o) => o.per === 'employee')!;
    const revenue = byMetric(obs, 'finvolution', 'revenue', 'FY2022').find((o) => o.per === undefined)!;
    const heads = byMetric(obs, 'finvolution', 'employees_total', 'FY2022').find((o) => o.per === undefined)!;
    expect(perHead.value).toBe(revenue.value! / heads.value!);
    const margin = byMetric(obs, 'finvolution', 'net_profit', 'FY2022').find((o) => o.per === 'revenue')!;
    expect(margin.value).toBeCloseTo(2266382000 / 11134203000, 12);
  });

  it('never normalises a metric by itself or a ratio metric', () => {
    expect(obs.some((o) => o.metric === 'revenue' && o.per === 'revenue')).toBe(false);
    expect(obs.some((o) => o.metric === 'employees_total' && o.per === 'employee')).toBe(false);
    expect(obs.some((o) => o.unit === 'percent' && o.per !== undefined)).toBe(false);
  });

  it('refuses, with a reason in both languages, to divide a figure whose boundary is narrower than the company', () => {
    const r = result.datasets.refusals.filter((x) => x.company === 'finvolution' && x.metric === 'ghg_scope12');
    expect(r.map((x) => `${x.period}:${x.per}`)).toEqual([
      'FY2021:employee',
      'FY2021:revenue',
      'FY2022:employee',
      'FY2022:revenue',
    ]);
    expect(r[0]!.reason.zh).toMatch(/统计范围/);
    expect(r[0]!.reason.en).toMatch(/boundary/);
    expect(obs.some((o) => o.company === 'finvolution' && o.metric === 'ghg_scope12' && o.per)).toBe(false);
  });

  it('verifies normalised values at build: a tampered value or input fails', () => {
    const byId = new Map(obs.map((o) => [o.id, o]));
    const n = obs.find((o) => o.per === 'revenue')!;
    const tampered = structuredClone(n);
    tampered.value = tampered.value! * 1.000001;
    expect(() => verifyObservation(tampered, inputs.seeds, byId)).toThrow(/does not follow from its inputs/);
    const wrongInput = structuredClone(n);
    wrongInput.derivation!.inputs[1]!.value += 1;
    expect(() => verifyObservation(wrongInput, inputs.seeds, byId)).toThrow(/does not/);
  });

  it('compiles to identical refusals twice', () => {
    expect(compile(loadInputs(copyRepo())).datasets.refusals).toEqual(result.datasets.refusals);
  });
});

describe('refusals for cumulative figures and a missing denominator', () => {
  it('refuses a cumulative metric and a period without headcount', () => {
    const root = copyRepo({
      'data/metrics.json': (ms: { id: string; normaliseBy: string[] }[]) =>
        ms.map((m) => (m.id === 'taxes_paid_cumulative' ? { ...m, normaliseBy: ['revenue'] } : m)),
      'data/rules/000_2a03172942c5d652.json': (rules: { metric: string }[]) =>
        rules.filter((r) => r.metric !== 'employees_total'),
    });
    const { refusals, observations } = compile(loadInputs(root)).datasets;
    const cumulative = refusals.find((r) => r.company === 'mashang' && r.metric === 'taxes_paid_cumulative');
    expect(cumulative?.reason.en).toMatch(/cumulative or as-of/);
    expect(cumulative?.reason.zh).toMatch(/累计/);
    const missing = refusals.find((r) => r.company === 'mashang' && r.metric === 'revenue' && r.per === 'employee');
    expect(missing?.reason.en).toMatch(/No 2022 total employees/);
    expect(observations.some((o) => o.company === 'mashang' && o.metric === 'revenue' && o.per === 'employee')).toBe(false);
  });

  it('fails the build when a metric asks to be normalised by itself or is already a ratio', () => {
    const self = copyRepo({
      'data/metrics.json': (ms: { id: string; normaliseBy: string[] }[]) =>
        ms.map((m) => (m.id === 'revenue' ? { ...m, normaliseBy: ['employee', 'revenue'] } : m)),
    });
    const e = thrownCompileError(() => compile(loadInputs(self)));
    expect(e.message).toMatch(/data\/metrics\.json \[rule revenue\]: revenue cannot be normalised by itself/);
    const ratio = copyRepo({
      'data/metrics.json': (ms: { id: string; normaliseBy: string[] }[]) =>
        ms.map((m) => (m.id === 'rd_intensity' ? { ...m, normaliseBy: ['employee'] } : m)),
    });
    expect(thrownCompileError(() => compile(loadInputs(ratio))).message).toMatch(/rd_intensity is already a ratio/);
  });
});

describe('derivation arity and units', () => {
  const derivationsFile = 'data/derivations/finvolution.json';
  type D = { id: string; op: string; metric: string; inputs: { metric: string; period: string }[] };

  it('fails naming the file and rule when a pct_change has three inputs', () => {
    const root = copyRepo({
      [derivationsFile]: (ds: D[]) =>
        ds.map((d) =>
          d.id === 'fv-electricity-yoy-2021' ? { ...d, inputs: [...d.inputs, { metric: 'electricity', period: 'FY2022' }] } : d,
        ),
    });
    const e = thrownCompileError(() => compile(loadInputs(root)));
    expect(e.message).toContain('data/derivations/finvolution.json [rule fv-electricity-yoy-2021]');
    expect(e.message).toContain('op pct_change needs exactly 2 inputs, got 3');
  });

  it('fails when a sum adds inputs in different units', () => {
    const root = copyRepo({
      [derivationsFile]: (ds: D[]) => [
        ...ds,
        {
          id: 'bad-sum',
          company: 'finvolution',
          metric: 'revenue',
          period: 'FY2022',
          op: 'sum',
          inputs: [
            { metric: 'revenue', period: 'FY2021' },
            { metric: 'employees_fulltime', period: 'FY2022' },
          ],
          note: 'bad',
        },
      ],
    });
    const e = thrownCompileError(() => compile(loadInputs(root)));
    expect(e.message).toContain('[rule bad-sum]');
    expect(e.message).toMatch(/units differ/);
  });

  it('states arity, unit and qualifier rules both ways', () => {
    expect(arityProblem('sum', 1)).toMatch(/at least 2/);
    expect(arityProblem('sum', 3)).toBeUndefined();
    expect(arityProblem('ratio', 2)).toBeUndefined();
    expect(unitProblem('ratio_percent', ['persons', 'persons'], 'percent')).toBeUndefined();
    expect(unitProblem('ratio_percent', ['persons', 'CNY'], 'percent')).toMatch(/different units/);
    expect(unitProblem('ratio', ['hours', 'persons'], 'hours')).toBeUndefined();
    expect(unitProblem('ratio', ['hours', 'CNY'], 'hours')).toMatch(/does not yield/);
    expect(compute('ratio', [1, 3])).toBe(1 / 3);
    expect(derivedQualifier('ratio', ['at_least', 'exact'])).toBe('at_least');
    expect(derivedQualifier('ratio', ['exact', 'at_least'])).toBe('at_most');
    expect(derivedQualifier('sum', ['at_least', 'at_most'])).toBe('about');
    expect(derivedQualifier('sum', ['exact', 'exact'])).toBe('exact');
  });
});

describe('headcount follows the metric definition', () => {
  it('derives FinVolution employees from full-time + part-time, and a corrected part-time cell flows into per-employee values', () => {
    const root = copyRepo();
    const seed = join(root, 'seeds', '004_fc1b98ab1024343c.txt');
    writeFileSync(seed, readFileSync(seed, 'utf8').replace('兼职员工总数 人 4 7 13', '兼职员工总数 人 4 7 14'));
    const obs = compile(loadInputs(root)).datasets.observations;
    const heads = byMetric(obs, 'finvolution', 'employees_total', 'FY2022').filter((o) => o.per === undefined);
    expect(heads).toHaveLength(1);
    expect(heads[0]).toMatchObject({ value: 4158, status: 'derived' });
    expect(heads[0]!.derivation!.inputs.map((i) => `${i.metric}=${i.value}`)).toEqual([
      'employees_fulltime=4144',
      'employees_parttime=14',
    ]);
    expect(heads[0]!.derivation!.inputs[1]!.provenance[0]!.line).toBe(3180);
    const inclusive = byMetric(obs, 'finvolution', 'employees_incl_outsourced', 'FY2022')[0]!;
    expect(inclusive).toMatchObject({ value: 4870, status: 'reported' });
    const revenuePerHead = byMetric(obs, 'finvolution', 'revenue', 'FY2022').find((o) => o.per === 'employee')!;
    expect(revenuePerHead.derivation!.inputs[1]).toMatchObject({
      metric: 'employees_total',
      value: 4158,
      observation: heads[0]!.id,
    });
    const female = byMetric(obs, 'finvolution', 'employees_female', 'FY2022')[0]!;
    expect(female.value).toBe(1660 + 6);
    const share = byMetric(obs, 'finvolution', 'rd_staff_share', 'FY2022')[0]!;
    expect(share.value).toBe((645 / 4158) * 100);
  });
});

describe('each value matches its metric (audit fixes)', () => {
  let result: CompileResult;
  let obs: Observation[];
  beforeAll(() => {
    result = compile(loadInputs(copyRepo()));
    obs = result.datasets.observations.filter((o) => o.per === undefined);
  });
  const grade = (id: string) => result.datasets.caveats.find((c) => c.id === id)?.grade;

  it('grades the electricity change across a boundary change not comparable, and gives each year its own boundary', () => {
    const yoy = byMetric(obs, 'finvolution', 'electricity_yoy_change', 'FY2022')[0]!;
    expect(yoy.caveats.map(grade)).toContain('not_comparable');
    const years = ['FY2020', 'FY2021', 'FY2022'].map((p) => byMetric(obs, 'finvolution', 'electricity', p)[0]!.caveats);
    expect(years).toEqual([
      ['finvolution_electricity_boundary_2020'],
      ['finvolution_electricity_boundary_2021'],
      ['finvolution_electricity_boundary_2022'],
    ]);
    const refused = result.datasets.refusals
      .filter((r) => r.metric === 'electricity' && r.per === 'employee')
      .map((r) => r.period);
    expect(refused).toEqual(['FY2020', 'FY2021']);
  });

  it('keeps an annual fee-relief figure out of the cumulative series', () => {
    expect(obs.filter((o) => o.metric === 'fee_relief_amount').every((o) => o.basis === 'cumulative')).toBe(true);
    expect(byMetric(obs, 'mashang', 'fee_relief_annual', 'FY2022')[0]).toMatchObject({ value: 56322900, basis: 'annual' });
  });

  it('files invention-patent counts apart from all patent types, and receipted donations apart from cash and in kind', () => {
    expect(obs.some((o) => o.company === 'mashang' && o.metric === 'patent_applications_cumulative' && o.value !== null)).toBe(
      false,
    );
    expect(byMetric(obs, 'mashang', 'invention_patents_granted_cumulative', '2023-01')[0]!.value).toBe(121);
    expect(byMetric(obs, 'finvolution', 'invention_patents_granted_cumulative', 'FY2022')[0]!.value).toBe(35);
    expect(byMetric(obs, 'finvolution', 'charitable_donations', 'FY2022')[0]!.value).toBe(328130);
    expect(byMetric(obs, 'finvolution', 'charitable_donations_receipted', 'FY2022')[0]!.value).toBe(300000);
  });

  it('reports unique borrowers under their own metric, graded not comparable with person-times', () => {
    const b = byMetric(obs, 'finvolution', 'borrowers_served_cumulative', 'FY2022')[0]!;
    expect(b).toMatchObject({ value: 27040000, qualifier: 'at_least', unit: 'persons' });
    expect(b.caveats.map(grade)).toContain('not_comparable');
  });
});
