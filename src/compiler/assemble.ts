/**
 * Turns extracted figures into typed observations: checks metric and unit
 * against the catalogue, parses and scales the number, and marks run-together
 * figures as garbled (never charted, value null).
 */
import type { ExtractedFigure } from './extracted';
import { joinBilingual, type Bilingual } from './bilingual';
import { CompileError, type Warning } from './errors';
import { decideGarbled } from './garbled';
import { parseFigure, scaleValue } from './numbers';
import { lookupPrintedUnit, UNIT_ALIASES } from '../model/units';
import type { Metric, Observation } from '../model/schema';
import { observationId } from '../model/observation-id';

export function assembleObservation(
  f: ExtractedFigure,
  metrics: Map<string, Metric>,
  caveatIds: Set<string>,
  warnings: Warning[],
): Observation {
  const where = { file: `seeds/${f.source}`, line: f.line, rule: f.ruleId };
  const metric = metrics.get(f.metric);
  if (!metric) throw new CompileError(where, `unknown metric ${JSON.stringify(f.metric)} (not in data/metrics.json)`);
  const printed = lookupPrintedUnit(f.printedUnit);
  if (!printed)
    throw new CompileError(where, `unknown unit ${JSON.stringify(f.printedUnit)} (not in data/vocabulary/units.json)`);
  if (printed.unit !== metric.unit && !(UNIT_ALIASES[metric.unit] ?? []).includes(printed.unit)) {
    throw new CompileError(where, `unit ${f.printedUnit} (${printed.unit}) does not fit metric ${metric.id} (${metric.unit})`);
  }
  for (const c of f.caveats) {
    if (!caveatIds.has(c)) throw new CompileError(where, `unknown caveat ${JSON.stringify(c)}`);
  }
  const base = {
    id: observationId({ company: f.company, metric: f.metric, period: f.period, rule: f.ruleId }),
    company: f.company,
    metric: f.metric,
    period: f.period,
    basis: (f.basis as Observation['basis'] | undefined) ?? metric.basis,
    unit: metric.unit,
    qualifier: f.qualifier,
    provenance: f.provenance,
    caveats: f.caveats,
    rule: f.ruleId,
    ...withNotes(f.notes),
  };
  if (f.printed === '—') {
    const notes = joinBilingual(f.notes, { en: 'The table prints "—" for this year.', zh: '表格该年份印为“—”，未披露。' });
    return { ...base, value: null, status: 'not_disclosed', ...withNotes(notes) };
  }
  const garbled = decideGarbled(f, warnings);
  if (garbled) {
    warnings.push({
      file: where.file,
      line: f.line,
      rule: f.ruleId,
      message: `garbled figure "${garbled.raw}" (plausibly ${garbled.reading}): kept out of charts`,
    });
    return {
      ...base,
      value: null,
      status: 'garbled',
      raw: garbled.raw,
      ...withNotes(
        joinBilingual(f.notes, {
          en: `The printed figure "${garbled.raw}" runs two values together (plausibly ${garbled.reading} ${f.printedUnit}, an old and a new figure left in by an editing error); not used as a value.`,
          zh: `原文数字“${garbled.raw}”把两个数值连在一起（可能是 ${garbled.reading} ${f.printedUnit}，编辑时新旧数字并存），不作为数值使用。`,
        }),
      ),
    };
  }
  const n = parseFigure(f.printed);
  if (!Number.isFinite(n)) throw new CompileError(where, `figure ${JSON.stringify(f.printed)} does not parse as a number`);
  if (/\. /.test(f.printed)) {
    warnings.push({
      file: where.file,
      line: f.line,
      rule: f.ruleId,
      message: `figure "${f.printed}" has a stray space after the decimal point; read as ${n}`,
    });
  }
  return { ...base, value: (f.sign ?? 1) * scaleValue(n, printed.scale), status: 'reported' };
}

/** An observation's note: the English `note` (kept for older readers) and the bilingual `notes`. */
function withNotes(notes: Bilingual | undefined): { note?: string; notes?: Bilingual } {
  return notes ? { note: notes.en, notes } : {};
}
