/**
 * Maps parsed KPI-table rows (table-rows.ts) to metrics, as declared in
 * data/tables/*.json. A mapped label must resolve to exactly one row; a row
 * deleted from the seed fails the build instead of keeping an old value.
 */
import type { TableMap } from './input-schema';
import type { ExtractedFigure } from './extracted';
import { CompileError } from './errors';
import { parseTables, type TableRow } from './table-rows';
import type { SeedText } from './seed-text';
import { normaliseUnitText } from '../model/units';

export function resolveRow(
  rows: TableRow[],
  label: string,
  under: string | undefined,
  where: { file: string; rule: string },
): TableRow {
  let candidates = rows.filter((r) => r.label === label);
  if (under !== undefined) {
    const parents = rows.filter((r) => r.label === under);
    if (parents.length !== 1) {
      throw new CompileError(
        where,
        `"under" row ${JSON.stringify(under)} matched ${parents.length} table rows, needs exactly one`,
      );
    }
    const parent = parents[0]!;
    const after = candidates.filter((r) => r.line > parent.line);
    candidates = after.length ? [after[0]!] : [];
  }
  if (candidates.length !== 1) {
    throw new CompileError(
      { ...where, line: candidates[0]?.line },
      candidates.length === 0
        ? `table row ${JSON.stringify(label)}${under ? ` under ${JSON.stringify(under)}` : ''} not found`
        : `table row ${JSON.stringify(label)} is ambiguous (lines ${candidates.map((c) => c.line).join(', ')}); add "under"`,
    );
  }
  return candidates[0]!;
}

export function extractTableFigures(map: TableMap, seed: SeedText, company: string, mapFile: string): ExtractedFigure[] {
  const rows = parseTables(seed);
  const file = `seeds/${seed.name}`;
  if (rows.length === 0) throw new CompileError({ file, rule: mapFile }, 'no KPI table found (no "指标 单位 YYYY 年 …" header)');
  const figures: ExtractedFigure[] = [];
  for (const m of map.rows) {
    const row = resolveRow(rows, m.label, m.under, { file, rule: `${mapFile}#${m.id}` });
    let printedUnit = row.unit;
    if (m.unitOverride) {
      if (normaliseUnitText(m.unitOverride.printed) !== row.unit) {
        throw new CompileError(
          { file, line: row.line, rule: m.id },
          `unitOverride expects printed unit ${m.unitOverride.printed} but the row prints ${row.unit}`,
        );
      }
      printedUnit = normaliseUnitText(m.unitOverride.actual);
    }
    for (const cell of row.cells) {
      figures.push({
        ruleId: m.id,
        source: seed.name,
        company,
        metric: m.metric,
        period: cell.period,
        printed: cell.printed,
        printedUnit,
        qualifier: 'exact',
        provenance: [
          {
            source: seed.name,
            line: row.line,
            ...(row.lineEnd !== row.line ? { lineEnd: row.lineEnd } : {}),
            quote: row.quote,
            figure: cell.printed,
            unit: printedUnit,
            role: 'value',
          },
          {
            source: seed.name,
            line: row.headerLine,
            quote: seed.lines[row.headerLine - 1]!.trim(),
            role: 'context',
          },
        ],
        caveats: [...m.caveats, ...(m.periodCaveats[cell.period] ?? [])],
        note: [
          m.note,
          `Table row "${row.label}"${row.footnotes.length ? ` (footnote ${row.footnotes.join(', ')})` : ''}, column ${cell.period.slice(2)}.`,
        ]
          .filter(Boolean)
          .join(' '),
        line: row.line,
      });
    }
  }
  return figures;
}
