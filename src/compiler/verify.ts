/**
 * Value integrity, run at the end of every compile: re-opens every provenance
 * item, finds its quote at the stated lines of the stated seed, and re-parses
 * the value from the printed figure. Any mismatch fails the build.
 */
import { CompileError } from './errors';
import { parseFigure, scaleValue } from './numbers';
import { arityProblem, compute } from './derive';
import { linesText, type SeedText } from './seed-text';
import { lookupPrintedUnit } from '../model/units';
import type { Caveat, Conflict, Observation, Provenance } from '../model/schema';

export function checkQuote(p: Provenance, seeds: Map<string, SeedText>, rule: string): void {
  const seed = seeds.get(p.source);
  const file = `seeds/${p.source}`;
  if (!seed) throw new CompileError({ file, rule }, 'provenance names a seed that does not exist');
  const end = p.lineEnd ?? p.line;
  if (p.line > seed.lines.length || end > seed.lines.length || end < p.line) {
    throw new CompileError(
      { file, line: p.line, rule },
      `provenance lines ${p.line}-${end} are outside the seed (${seed.lines.length} lines)`,
    );
  }
  if (!linesText(seed, p.line, end).includes(p.quote)) {
    throw new CompileError({ file, line: p.line, rule }, `quote ${JSON.stringify(p.quote)} is not on lines ${p.line}-${end}`);
  }
  if (p.figure !== undefined && !p.quote.includes(p.figure)) {
    throw new CompileError({ file, line: p.line, rule }, `figure ${JSON.stringify(p.figure)} is not inside its quote`);
  }
}

function reparse(p: Provenance, rule: string): number | null {
  if (p.figure === undefined || p.figure === '—') return null;
  const unit = p.unit === undefined ? undefined : lookupPrintedUnit(p.unit);
  const n = parseFigure(p.figure);
  if (!unit || !Number.isFinite(n)) {
    throw new CompileError(
      { file: `seeds/${p.source}`, line: p.line, rule },
      `figure ${JSON.stringify(p.figure)} ${p.unit ?? '(no unit)'} cannot be re-parsed`,
    );
  }
  return (p.sign ?? 1) * scaleValue(n, unit.scale);
}

/**
 * `byId` (every emitted observation) lets a derivation rest on another derived
 * value: that input must equal the observation it names, which is verified in turn.
 */
export function verifyObservation(o: Observation, seeds: Map<string, SeedText>, byId?: Map<string, Observation>): void {
  for (const p of o.provenance) checkQuote(p, seeds, o.rule);
  for (const p of o.corroborations ?? []) {
    checkQuote(p, seeds, o.rule);
    if (p.role === 'value') reparse(p, o.rule);
  }
  const where = { file: `seeds/${o.provenance[0]?.source ?? '?'}`, line: o.provenance[0]?.line, rule: o.rule };
  if (o.status === 'reported') {
    const values = o.provenance.filter((p) => p.role === 'value').map((p) => reparse(p, o.rule));
    if (values.length !== 1 || values[0] !== o.value) {
      throw new CompileError(where, `value ${o.value} does not re-parse from its quote (got ${values.join(', ') || 'nothing'})`);
    }
  }
  if (o.status === 'derived') {
    const d = o.derivation!;
    const arity = arityProblem(d.op, d.inputs.length);
    if (arity) throw new CompileError(where, arity);
    for (const input of d.inputs) {
      for (const p of input.provenance) checkQuote(p, seeds, o.rule);
      if (input.observation !== undefined) {
        const source = byId?.get(input.observation);
        if (!source || source.status !== 'derived' || source.value !== input.value) {
          throw new CompileError(
            where,
            `input ${input.metric} ${input.period} does not match the derived observation ${input.observation}`,
          );
        }
        continue;
      }
      const again = input.provenance.filter((p) => p.role === 'value').map((p) => reparse(p, o.rule));
      if (again.length !== 1 || again[0] !== input.value) {
        throw new CompileError(where, `input ${input.metric} ${input.period} does not re-parse from its quote`);
      }
    }
    if (
      compute(
        d.op,
        d.inputs.map((i) => i.value),
      ) !== o.value
    ) {
      throw new CompileError(where, `derived value ${o.value} does not follow from its inputs`);
    }
  }
  if (o.status === 'garbled' && !o.provenance.some((p) => p.figure === o.raw)) {
    throw new CompileError(where, 'garbled observation does not quote its raw figure');
  }
}

export function verifyAll(
  observations: Observation[],
  caveats: Caveat[],
  seeds: Map<string, SeedText>,
  conflicts: Conflict[] = [],
): void {
  const byId = new Map(observations.map((o) => [o.id, o]));
  if (byId.size !== observations.length) {
    const seen = new Set<string>();
    const dup = observations.find((o) => (seen.has(o.id) ? true : (seen.add(o.id), false)))!;
    throw new CompileError(
      { file: `seeds/${dup.provenance[0]?.source ?? '?'}`, rule: dup.rule },
      `duplicate observation id ${dup.id}`,
    );
  }
  for (const o of observations) verifyObservation(o, seeds, byId);
  for (const c of conflicts)
    for (const st of c.statements) {
      for (const p of st.provenance) checkQuote(p, seeds, c.id);
      const again = st.provenance.filter((p) => p.role === 'value').map((p) => reparse(p, c.id));
      if (again.length !== 1 || again[0] !== st.value)
        throw new CompileError(
          { file: `seeds/${st.provenance[0]!.source}`, line: st.provenance[0]!.line, rule: c.id },
          `conflicting statement ${st.value} does not re-parse from its quote`,
        );
    }
  for (const c of caveats) for (const p of c.citations) checkQuote(p, seeds, `caveat ${c.id}`);
}
