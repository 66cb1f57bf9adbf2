/**
 * Maps parsed KPI-table rows (table-rows.ts) to metrics, as declared in
 * data/tables/*.json. A mapped label must resolve to exactly one row; a row
 * deleted from the seed fails the build instead of keeping an old value.
 */
import type { TableMap } from './input-schema';
import type { ExtractedFigure } from './extracted';
import { dataNote, joinBilingual, type Bilingual } from './bilingual';
import { CompileError } from './errors';
import { parseFigure } from './numbers';
import { parseTablesDetailed, type ParsedTables, type TableRow } from './table-rows';
import type { SeedText } from './seed-text';
import { normaliseUnitText } from '../model/units';

/** Why a label has no parsed row: where its text is printed and what stopped the parser reading it. */
function whyNotFound(
  seed: SeedText | undefined,
  parsed: ParsedTables | undefined,
  label: string,
): { line?: number; why: string } {
  if (!seed) return { why: 'not found' };
  const at = seed.lines.findIndex((l) => l.replace(/\s+/g, '').startsWith(label));
  if (at === -1) return { why: 'not found: the label is not printed at the start of any line of the seed' };
  const line = at + 1;
  const unread = parsed?.unreadHeaders.filter((h) => h < line).pop();
  const lastRead = parsed?.rows.filter((r) => r.line < line).pop()?.headerLine;
  if (unread !== undefined && (lastRead === undefined || unread > lastRead))
    return {
      line,
      why: `not read: its line ${line} follows line ${unread}, which looks like a table header the parser does not read (${JSON.stringify(seed.lines[unread - 1]!.trim())}); add its words to the header vocabulary or fix the layout`,
    };
  return {
    line,
    why: `not read: line ${line} starts with the label but does not end in a known unit followed by one cell per year (${JSON.stringify(seed.lines[at]!.trim().slice(0, 80))})`,
  };
}

/** Rows of the table (same header) that holds `row`. */
const sameTable = (rows: TableRow[], row: TableRow) => rows.filter((r) => r.headerLine === row.headerLine);

export function resolveRow(
  rows: TableRow[],
  label: string,
  under: string | undefined,
  where: { file: string; rule: string },
  seed?: SeedText,
  parsed?: ParsedTables,
): TableRow {
  let candidates = rows.filter((r) => r.label === label);
  if (under !== undefined) {
    const parents = rows.filter((r) => r.label === under);
    if (parents.length !== 1) {
      const missing = parents.length === 0 ? whyNotFound(seed, parsed, under) : undefined;
      throw new CompileError(
        { ...where, line: parents[1]?.line ?? missing?.line },
        parents.length === 0
          ? `"under" row ${JSON.stringify(under)} ${missing!.why}`
          : `"under" row ${JSON.stringify(under)} matched ${parents.length} table rows (lines ${parents.map((p) => p.line).join(', ')}), needs exactly one`,
      );
    }
    const parent = parents[0]!;
    // a child sits in its parent's table, after it, before the parent's label could repeat
    const table = sameTable(rows, parent);
    const after = table.filter((r) => r.label === label && r.line > parent.line);
    if (after.length === 0) {
      const above = table.filter((r) => r.label === label && r.line < parent.line);
      const elsewhere = candidates.filter((r) => r.headerLine !== parent.headerLine);
      throw new CompileError(
        { ...where, line: above[0]?.line ?? parent.line },
        above.length
          ? `table row ${JSON.stringify(label)} is printed above ${JSON.stringify(under)} (line ${above.map((a) => a.line).join(', ')} before line ${parent.line}), not under it: the layout changed`
          : `table row ${JSON.stringify(label)} is missing under ${JSON.stringify(under)} (line ${parent.line}) in its table` +
              (elsewhere.length
                ? `; rows with that label in other tables (lines ${elsewhere.map((e) => e.line).join(', ')}) are not taken`
                : ''),
      );
    }
    candidates = [after[0]!];
  }
  if (candidates.length !== 1) {
    const missing = candidates.length === 0 ? whyNotFound(seed, parsed, label) : undefined;
    throw new CompileError(
      { ...where, line: candidates[1]?.line ?? missing?.line },
      candidates.length === 0
        ? `table row ${JSON.stringify(label)} ${missing!.why}`
        : `table row ${JSON.stringify(label)} is ambiguous (lines ${candidates.map((c) => c.line).join(', ')}); add "under"`,
    );
  }
  return candidates[0]!;
}

const periodOf = (y: string) => (y.startsWith('FY') ? y : `FY${y}`);

export function extractTableFigures(map: TableMap, seed: SeedText, company: string, mapFile: string): ExtractedFigure[] {
  const parsed = parseTablesDetailed(seed);
  const rows = parsed.rows;
  const file = `seeds/${seed.name}`;
  if (rows.length === 0)
    throw new CompileError(
      { file, line: parsed.unreadHeaders[0], rule: mapFile },
      parsed.unreadHeaders.length
        ? `no KPI table read: line ${parsed.unreadHeaders[0]} looks like a table header but its words are not ones the parser reads`
        : 'no KPI table found (no header such as "指标 单位 2021 年 2022 年" or "Indicator Unit 2021 2022")',
    );
  const figures: ExtractedFigure[] = [];
  for (const m of map.rows) {
    const row = resolveRow(rows, m.label, m.under, { file, rule: `${mapFile}#${m.id}` }, seed, parsed);
    const wanted = m.years?.map(periodOf);
    for (const w of wanted ?? []) {
      if (!row.cells.some((c) => c.period === w))
        throw new CompileError(
          { file, line: row.line, rule: m.id },
          `"years" asks for ${w.slice(2)} but the table (header line ${row.headerLine}) has columns ${row.cells.map((c) => c.period.slice(2)).join(', ')}`,
        );
    }
    const garbledByPeriod = new Map(Object.entries(m.garbled ?? {}).map(([y, g]) => [periodOf(y), g]));
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
      if (wanted && !wanted.includes(cell.period)) continue;
      const garbled = garbledByPeriod.get(cell.period) ?? oneNumberByNeighbours(row, cell.printed);
      figures.push({
        ...(m.corroborates ? { corroborates: true } : {}),
        ...(garbled !== undefined ? { garbled } : {}),
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
        notes: joinBilingual(dataNote(m), tableCellNote(row.label, row.footnotes, cell.period)),
        line: row.line,
      });
    }
  }
  return figures;
}

/**
 * A bare digit run in a table row is one number when another cell of the row is
 * of the same magnitude (825840 next to 790,123); returns undefined when the row
 * gives no such evidence.
 */
function oneNumberByNeighbours(row: TableRow, printed: string): false | undefined {
  const value = parseFigure(printed);
  const others = row.cells.filter((c) => c.printed !== printed && c.printed !== '—').map((c) => parseFigure(c.printed));
  return others.some((o) => o > 0 && value / o < 3 && o / value < 3) ? false : undefined;
}

/** Where a table figure was read: its row (with footnote numbers) and column. */
function tableCellNote(label: string, footnotes: number[], period: string): Bilingual {
  const year = period.slice(2);
  return {
    en: `Table row "${label}"${footnotes.length ? ` (footnote ${footnotes.join(', ')})` : ''}, column ${year}.`,
    zh: `表格行“${label}”${footnotes.length ? `（脚注 ${footnotes.join('、')}）` : ''}，${year} 年列。`,
  };
}
