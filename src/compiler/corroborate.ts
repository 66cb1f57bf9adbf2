/**
 * One figure, many statements. Every company × metric × period has one primary
 * statement (a table row or rule without `corroborates`); other statements of it
 * must say `corroborates: true`. A corroborating statement that agrees becomes
 * provenance in the observation's `corroborations`; one that disagrees becomes a
 * conflict (emitted in the conflicts dataset and printed as a warning). Two
 * primaries for one figure stop the build: the headline and the chart would disagree.
 */
import type { ExtractedFigure } from './extracted';
import { CompileError, type Warning } from './errors';
import { parseFigure } from './numbers';
import { lookupPrintedUnit } from '../model/units';
import type { Conflict, Observation, Provenance, Qualifier } from '../model/schema';

const keyOf = (f: { company: string; metric: string; period: string }) => `${f.company}\u0000${f.metric}\u0000${f.period}`;
const whereOf = (f: ExtractedFigure) => `seeds/${f.source}:${f.line} [rule ${f.ruleId}]`;

/** Split extracted figures into primaries and corroborating statements; fail on two primaries or an orphan. */
export function splitStatements(figures: ExtractedFigure[]): { primaries: ExtractedFigure[]; corroborating: ExtractedFigure[] } {
  const primaries = new Map<string, ExtractedFigure>();
  const corroborating: ExtractedFigure[] = [];
  for (const f of figures) {
    if (f.corroborates) {
      corroborating.push(f);
      continue;
    }
    const before = primaries.get(keyOf(f));
    if (before) {
      throw new CompileError(
        { file: `seeds/${f.source}`, line: f.line, rule: f.ruleId },
        `two statements of ${f.company} ${f.metric} ${f.period}: this one and ${whereOf(before)}; mark the repeat "corroborates": true (it is then checked against the other) or map it to another metric`,
      );
    }
    primaries.set(keyOf(f), f);
  }
  for (const c of corroborating) {
    if (!primaries.has(keyOf(c)))
      throw new CompileError(
        { file: `seeds/${c.source}`, line: c.line, rule: c.ruleId },
        `"corroborates": true, but no other rule or table row states ${c.company} ${c.metric} ${c.period}`,
      );
  }
  return { primaries: [...primaries.values()], corroborating };
}

/** Half a unit of the last printed digit, in canonical units: the rounding a printed figure allows. */
function tolerance(p: Provenance): number {
  const scale = (p.unit === undefined ? undefined : lookupPrintedUnit(p.unit)?.scale) ?? 1;
  const decimals = /[.．]\s?([0-9０-９]+)$/.exec(p.figure ?? '')?.[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals * scale;
}

function interval(value: number, q: Qualifier, tol: number): [number, number] {
  const a = Math.abs(value);
  switch (q) {
    case 'at_least':
      return [value - tol, Infinity];
    case 'at_most':
      return [-Infinity, value + tol];
    case 'about':
      return [value - Math.max(tol, a * 0.1), value + Math.max(tol, a * 0.1)];
    default:
      return [value - tol, value + tol];
  }
}

/** Two statements agree when the ranges their printed figures and qualifiers allow overlap. */
export function statementsAgree(
  a: { value: number; qualifier: Qualifier; figure: Provenance },
  b: { value: number; qualifier: Qualifier; figure: Provenance },
): boolean {
  const tol = Math.max(tolerance(a.figure), tolerance(b.figure));
  const [a0, a1] = interval(a.value, a.qualifier, tol);
  const [b0, b1] = interval(b.value, b.qualifier, tol);
  // half-open: 4,870 and 4,871 (each ±0.5) touch but do not agree
  return a0 < b1 - 1e-9 && b0 < a1 - 1e-9;
}

const valueProvenance = (o: Observation) => o.provenance.find((p) => p.role === 'value');

/**
 * Attach corroborating statements (already assembled) to their primaries, or
 * record conflicts. Mutates the primaries' `corroborations`.
 */
export function corroborate(primaries: Observation[], statements: Observation[], warnings: Warning[]): Conflict[] {
  const byKey = new Map(primaries.map((o) => [keyOf(o), o]));
  const conflicts = new Map<string, Conflict>();
  for (const s of statements) {
    const primary = byKey.get(keyOf(s))!;
    const sFigure = valueProvenance(s);
    const pFigure = valueProvenance(primary);
    const where = { file: `seeds/${s.provenance[0]?.source ?? '?'}`, line: sFigure?.line, rule: s.rule };
    if (
      s.value === null ||
      primary.value === null ||
      !sFigure ||
      !pFigure ||
      !Number.isFinite(parseFigure(sFigure.figure ?? ''))
    ) {
      warnings.push({
        ...where,
        message: `cannot compare with ${primary.rule}: ${s.value === null ? 'this statement' : 'the primary statement'} has no value (${s.value === null ? s.status : primary.status}); not counted as corroboration`,
      });
      continue;
    }
    const a = { value: primary.value, qualifier: primary.qualifier, figure: pFigure };
    const b = { value: s.value, qualifier: s.qualifier, figure: sFigure };
    if (statementsAgree(a, b)) {
      primary.corroborations = [...(primary.corroborations ?? []), ...s.provenance];
      continue;
    }
    const id = `${primary.company}:${primary.metric}:${primary.period}`;
    const conflict = conflicts.get(id) ?? {
      id,
      company: primary.company,
      metric: primary.metric,
      period: primary.period,
      observation: primary.id,
      statements: [{ value: primary.value, qualifier: primary.qualifier, provenance: primary.provenance }],
      reason: {
        zh: '同一公司、同一指标、同一期间，来源中有两处数值不一致；数据集采用第一处（主表述），其余列于此。',
        en: 'The sources state different figures for the same company, metric and period; the dataset uses the first (primary) statement and lists the others here.',
      },
    };
    conflict.statements.push({ value: s.value, qualifier: s.qualifier, provenance: s.provenance });
    conflicts.set(id, conflict);
    warnings.push({
      ...where,
      message: `conflict: ${primary.metric} ${primary.period} is ${s.value} ${s.qualifier === 'exact' ? '' : `(${s.qualifier}) `}here but ${primary.value} in ${primary.rule} (seeds/${pFigure.source}:${pFigure.line}); the primary value is emitted and the conflict recorded`,
    });
  }
  return [...conflicts.values()].sort((x, y) => x.id.localeCompare(y.id));
}
