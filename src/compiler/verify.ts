/**
 * Value integrity, run at the end of every compile: re-opens every provenance
 * item, finds its quote at the stated lines of the stated seed, and re-parses
 * the value from the printed figure. Any mismatch fails the build.
 */
import { CompileError } from './errors';
import { parseFigure, scaleValue } from './numbers';
import { compute } from './derive';
import { linesText, type SeedText } from './seed-text';
import { lookupPrintedUnit } from '../model/units';
import type { Caveat, Observation, Provenance } from '../model/schema';

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

export function verifyObservation(o: Observation, seeds: Map<string, SeedText>): void {
  for (const p of o.provenance) checkQuote(p, seeds, o.rule);
  const where = { file: `seeds/${o.provenance[0]?.source ?? '?'}`, line: o.provenance[0]?.line, rule: o.rule };
  if (o.status === 'reported') {
    const values = o.provenance.filter((p) => p.role === 'value').map((p) => reparse(p, o.rule));
    if (values.length !== 1 || values[0] !== o.value) {
      throw new CompileError(where, `value ${o.value} does not re-parse from its quote (got ${values.join(', ') || 'nothing'})`);
    }
  }
  if (o.status === 'derived') {
    const d = o.derivation!;
    for (const input of d.inputs) {
      for (const p of input.provenance) checkQuote(p, seeds, o.rule);
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

export function verifyAll(observations: Observation[], caveats: Caveat[], seeds: Map<string, SeedText>): void {
  for (const o of observations) verifyObservation(o, seeds);
  for (const c of caveats) for (const p of c.citations) checkQuote(p, seeds, `caveat ${c.id}`);
}
