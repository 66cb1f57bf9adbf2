/**
 * Derived observations (data/derivations/*.json): computed from reported
 * observations, carrying the formula and every input's provenance. A missing
 * input fails the build rather than dropping the derived value silently.
 */
import type { Inputs } from './load-inputs';
import { CompileError } from './errors';
import { observationId } from './assemble';
import type { Observation } from '../model/schema';
import type { DerivationInput } from './input-schema';

export function compute(op: DerivationInput['op'], values: number[]): number {
  const [a, b] = values as [number, number];
  const raw =
    op === 'ratio_percent'
      ? (a / b) * 100
      : op === 'pct_change'
        ? ((a - b) / b) * 100
        : op === 'ratio'
          ? a / b
          : values.reduce((s, v) => s + v, 0);
  return Number(raw.toPrecision(6));
}

export function formulaText(d: Pick<DerivationInput, 'op' | 'inputs'>): string {
  const names = d.inputs.map((i) => `${i.metric}[${i.period}]`);
  if (d.op === 'ratio_percent') return `${names[0]} / ${names[1]} × 100`;
  if (d.op === 'ratio') return `${names[0]} / ${names[1]}`;
  if (d.op === 'pct_change') return `(${names[0]} − ${names[1]}) / ${names[1]} × 100`;
  return names.join(' + ');
}

export function derive(inputs: Inputs, observations: Observation[], caveatIds: Set<string>): Observation[] {
  const metrics = new Map(inputs.metrics.map((m) => [m.id, m]));
  return inputs.derivations.flatMap(({ file, derivations }) =>
    derivations.map((d) => {
      const where = { file, rule: d.id };
      const metric = metrics.get(d.metric);
      if (!metric) throw new CompileError(where, `unknown metric ${JSON.stringify(d.metric)}`);
      for (const c of d.caveats) if (!caveatIds.has(c)) throw new CompileError(where, `unknown caveat ${JSON.stringify(c)}`);
      const used = d.inputs.map((i) => {
        const found = observations.filter(
          (o) => o.company === d.company && o.metric === i.metric && o.period === i.period && o.status === 'reported',
        );
        if (found.length !== 1) {
          throw new CompileError(
            where,
            `input ${i.metric} ${i.period} for ${d.company}: ${found.length} reported observations, needs exactly one`,
          );
        }
        return found[0]!;
      });
      const value = compute(
        d.op,
        used.map((u) => u.value!),
      );
      if (!Number.isFinite(value)) throw new CompileError(where, 'derived value is not a finite number');
      const rule = d.id;
      return {
        id: observationId({ company: d.company, metric: d.metric, period: d.period, rule }),
        company: d.company,
        metric: d.metric,
        period: d.period,
        basis: metric.basis,
        value,
        unit: metric.unit,
        qualifier: used.every((u) => u.qualifier === 'exact') ? ('exact' as const) : ('about' as const),
        status: 'derived' as const,
        provenance: [],
        caveats: [...new Set([...d.caveats, ...used.flatMap((u) => u.caveats)])],
        rule,
        note: d.note,
        derivation: {
          op: d.op,
          formula: formulaText(d),
          inputs: used.map((u) => ({
            company: u.company,
            metric: u.metric,
            period: u.period,
            value: u.value!,
            provenance: u.provenance,
          })),
        },
      };
    }),
  );
}
