/**
 * Derived observations (data/derivations/*.json): computed from reported or
 * other derived observations, carrying the formula and every input's
 * provenance. Values keep full precision (rounding is for display only). A
 * missing input, a wrong arity or incompatible units fail the build naming
 * the file and the derivation.
 */
import type { Inputs } from './load-inputs';
import { CompileError } from './errors';
import { observationId } from '../model/observation-id';
import { UNIT_ALIASES, type CanonicalUnit } from '../model/units';
import type { Metric, Observation, Qualifier } from '../model/schema';
import type { DerivationInput } from './input-schema';

type Op = DerivationInput['op'];

export function compute(op: Op, values: number[]): number {
  const [a, b] = values as [number, number];
  if (op === 'ratio_percent') return (a / b) * 100;
  if (op === 'pct_change') return ((a - b) / b) * 100;
  if (op === 'ratio') return a / b;
  return values.reduce((s, v) => s + v, 0);
}

/** The arity rule of an op, or a message saying how the inputs break it. */
export function arityProblem(op: Op, count: number): string | undefined {
  if (op === 'sum') return count >= 2 ? undefined : `op sum needs at least 2 inputs, got ${count}`;
  return count === 2 ? undefined : `op ${op} needs exactly 2 inputs, got ${count}`;
}

const sameUnit = (a: CanonicalUnit, b: CanonicalUnit) =>
  a === b || (UNIT_ALIASES[a] ?? []).includes(b) || (UNIT_ALIASES[b] ?? []).includes(a);

/** Units a ratio of two inputs yields: numerator unit / denominator unit → result unit. */
const RATIO_UNITS: Record<string, CanonicalUnit> = {
  'tCO2e/persons': 'tCO2e_per_person',
  'MWh/persons': 'MWh_per_person',
  't/persons': 't_per_person',
  'kg/persons': 'kg_per_person',
  // An average (training hours per head) is stated in the numerator's unit.
  'hours/persons': 'hours',
};

/** Whether inputs in these units can yield a value in `out` under `op`; a message if not. */
export function unitProblem(op: Op, units: CanonicalUnit[], out: CanonicalUnit): string | undefined {
  const list = units.join(', ');
  if (op === 'sum') {
    return units.every((u) => sameUnit(u, out)) ? undefined : `op sum adds inputs in ${list} into ${out}: units differ`;
  }
  const [a, b] = units as [CanonicalUnit, CanonicalUnit];
  if (op === 'pct_change' || op === 'ratio_percent') {
    if (!sameUnit(a, b)) return `op ${op} compares inputs in different units (${list})`;
    return out === 'percent' ? undefined : `op ${op} yields a percentage, but the metric's unit is ${out}`;
  }
  const expected = RATIO_UNITS[`${a}/${b}`];
  return expected !== undefined && sameUnit(expected, out)
    ? undefined
    : `op ratio of ${a} by ${b} does not yield the metric's unit ${out}`;
}

export function formulaText(d: Pick<DerivationInput, 'op' | 'inputs'>): string {
  const names = d.inputs.map((i) => `${i.metric}[${i.period}]`);
  if (d.op === 'ratio_percent') return `${names[0]} / ${names[1]} × 100`;
  if (d.op === 'ratio') return `${names[0]} / ${names[1]}`;
  if (d.op === 'pct_change') return `(${names[0]} − ${names[1]}) / ${names[1]} × 100`;
  return names.join(' + ');
}

const INVERSE: Record<Qualifier, Qualifier> = { exact: 'exact', about: 'about', at_least: 'at_most', at_most: 'at_least' };

/** The qualifier of a result from its inputs' qualifiers: a bound survives only where the op keeps its direction. */
export function derivedQualifier(op: Op, qualifiers: Qualifier[]): Qualifier {
  // In a ratio or a change, a bound on the second input flips direction.
  const directed = op === 'sum' ? qualifiers : qualifiers.map((q, i) => (i === 1 ? INVERSE[q] : q));
  const inexact = [...new Set(directed.filter((q) => q !== 'exact'))];
  if (inexact.length === 0) return 'exact';
  return inexact.length === 1 && inexact[0] !== 'about' && op !== 'pct_change' ? inexact[0]! : 'about';
}

/** The derivation input that stands for an observation: its own provenance, or its inputs' when it is derived. */
export function derivationInputOf(o: Observation): NonNullable<Observation['derivation']>['inputs'][number] {
  if (o.status === 'derived') {
    return {
      company: o.company,
      metric: o.metric,
      period: o.period,
      value: o.value!,
      provenance: o.derivation!.inputs.flatMap((i) => i.provenance),
      observation: o.id,
    };
  }
  return { company: o.company, metric: o.metric, period: o.period, value: o.value!, provenance: o.provenance };
}

function usable(o: Observation): boolean {
  return (o.status === 'reported' || o.status === 'derived') && o.per === undefined;
}

export function derive(inputs: Inputs, observations: Observation[], caveatIds: Set<string>): Observation[] {
  const metrics = new Map(inputs.metrics.map((m) => [m.id, m]));
  const pending = inputs.derivations.flatMap(({ file, derivations }) => derivations.map((d) => ({ file, d })));
  for (const { file, d } of pending) {
    const where = { file, rule: d.id };
    const metric = metrics.get(d.metric);
    if (!metric) throw new CompileError(where, `unknown metric ${JSON.stringify(d.metric)}`);
    const arity = arityProblem(d.op, d.inputs.length);
    if (arity) throw new CompileError(where, arity);
    for (const c of d.caveats) if (!caveatIds.has(c)) throw new CompileError(where, `unknown caveat ${JSON.stringify(c)}`);
    for (const i of d.inputs) {
      const m = metrics.get(i.metric);
      if (!m) throw new CompileError(where, `input metric ${JSON.stringify(i.metric)} is not in data/metrics.json`);
    }
    const units = unitProblem(
      d.op,
      d.inputs.map((i) => metrics.get(i.metric)!.unit),
      metric.unit,
    );
    if (units) throw new CompileError(where, units);
  }

  const derived: Observation[] = [];
  // Derivations may build on one another (a headcount summed from its parts, then a share of it):
  // resolve in passes until every one is computed; an input nobody provides fails the build.
  const keyOf = (company: string, metric: string, period: string) => `${company}\u0000${metric}\u0000${period}`;
  // usable observations by company × metric × period, in pool order (reported first, then derived as computed)
  const pool = new Map<string, Observation[]>();
  const addToPool = (o: Observation) => {
    if (!usable(o)) return;
    const key = keyOf(o.company, o.metric, o.period);
    const list = pool.get(key);
    if (list) list.push(o);
    else pool.set(key, [o]);
  };
  observations.forEach(addToPool);
  let todo = pending;
  while (todo.length) {
    const waiting: typeof todo = [];
    // what this pass's derivations will provide, by company × metric × period
    const pendingOutputs = new Map<string, number>();
    for (const { d } of todo) {
      const key = keyOf(d.company, d.metric, d.period);
      pendingOutputs.set(key, (pendingOutputs.get(key) ?? 0) + 1);
    }
    for (const item of todo) {
      const { file, d } = item;
      const where = { file, rule: d.id };
      const found = d.inputs.map((i) => pool.get(keyOf(d.company, i.metric, i.period)) ?? []);
      const missing = d.inputs.findIndex((_, k) => found[k]!.length === 0);
      if (missing >= 0) {
        const i = d.inputs[missing]!;
        const key = keyOf(d.company, i.metric, i.period);
        const own = keyOf(d.company, d.metric, d.period) === key ? 1 : 0;
        const later = (pendingOutputs.get(key) ?? 0) - own > 0;
        if (later) {
          waiting.push(item);
          continue;
        }
        throw new CompileError(where, `input ${i.metric} ${i.period} for ${d.company}: no reported or derived observation`);
      }
      const ambiguous = d.inputs.findIndex((_, k) => found[k]!.length > 1);
      if (ambiguous >= 0) {
        const i = d.inputs[ambiguous]!;
        throw new CompileError(
          where,
          `input ${i.metric} ${i.period} for ${d.company}: ${found[ambiguous]!.length} observations (${found[ambiguous]!.map((o) => o.rule).join(', ')}), needs exactly one`,
        );
      }
      const computed = derivedObservation(
        d,
        metrics.get(d.metric)!,
        found.map((f) => f[0]!),
        where,
      );
      derived.push(computed);
      addToPool(computed);
    }
    if (waiting.length === todo.length) {
      throw new CompileError(
        { file: waiting[0]!.file, rule: waiting[0]!.d.id },
        `derivations wait on each other in a cycle: ${waiting.map((w) => w.d.id).join(', ')}`,
      );
    }
    todo = waiting;
  }
  return derived;
}

function derivedObservation(
  d: DerivationInput,
  metric: Metric,
  used: Observation[],
  where: { file: string; rule: string },
): Observation {
  const value = compute(
    d.op,
    used.map((u) => u.value!),
  );
  if (!Number.isFinite(value)) throw new CompileError(where, 'derived value is not a finite number');
  const rule = d.id;
  const notes = d.noteZh ? { notes: { zh: d.noteZh, en: d.note } } : {};
  return {
    id: observationId({ company: d.company, metric: d.metric, period: d.period, rule }),
    company: d.company,
    metric: d.metric,
    period: d.period,
    basis: metric.basis,
    value,
    unit: metric.unit,
    qualifier: derivedQualifier(
      d.op,
      used.map((u) => u.qualifier),
    ),
    status: 'derived',
    provenance: [],
    caveats: [...new Set([...d.caveats, ...used.flatMap((u) => u.caveats)])],
    rule,
    note: d.note,
    ...notes,
    derivation: { op: d.op, formula: formulaText(d), inputs: used.map(derivationInputOf) },
  };
}
