/**
 * The general KPI-table parser. Reads every table that follows a header like
 * "指标 单位 2020 年 2021 年 2022 年" and yields one row per indicator:
 *   - names wrapped over lines are joined (the value line may hold the name's tail,
 *     or only the unit and values);
 *   - footnote digits glued after a name ("温室气体排放总量 1、2") are split off;
 *   - digits inside a name ("30-50 岁") are kept;
 *   - "—" is a typed empty cell; "226,638. 2" (a stray space) is one value;
 *   - group lines ("按性别划分") and table titles ("…绩效表") are not names;
 *   - a repeated header starts a new table with the same columns;
 *   - "注 :" ends a table until the next header.
 */
import { NUMBER_SOURCE } from './numbers';
import { PRINTED_UNITS_LONGEST_FIRST, normaliseUnitText } from '../model/units';
import type { SeedText } from './seed-text';

export interface TableCell {
  period: string; // "FY2022"
  /** Printed text of the cell: a number or "—". */
  printed: string;
}

export interface TableRow {
  /** Name with all whitespace removed. */
  label: string;
  footnotes: number[];
  /** Printed unit with whitespace removed. */
  unit: string;
  cells: TableCell[];
  /** Group line this row sits under, e.g. "按性别划分". */
  group?: string;
  /** 1-based lines the row spans (name start to values). */
  line: number;
  lineEnd: number;
  /** Verbatim text of those lines joined by "\n", from the name's first character. */
  quote: string;
  /** Header line of the table the row belongs to. */
  headerLine: number;
}

const HEADER = /^\s*(?:绩效)?指标\s+单位((?:\s+\d{4}\s*年)+)\s*$/;
const EMPTY = '—';
const CELL = `(?:${NUMBER_SOURCE}|${EMPTY})`;
const GROUP = /^\s*按.{1,8}划分(?:\s+\d+)?\s*$/;
const NOTE = /^\s*注\s*[:：]/;
const TITLE = /绩效表/;
const MAX_ROW_LINES = 6;

export function parseHeader(line: string): string[] | undefined {
  const m = HEADER.exec(line);
  if (!m) return undefined;
  return [...m[1]!.matchAll(/(\d{4})\s*年/g)].map((y) => `FY${y[1]}`);
}

/** Split "name [footnotes] unit v1 v2 v3" at the end of a (possibly multi-line) text. */
export function splitRow(
  text: string,
  columns: number,
): { name: string; footnotes: number[]; unit: string; cells: string[] } | undefined {
  const cellsRe = new RegExp(`((?:\\s+|^)${CELL}){${columns}}\\s*$`);
  const m = cellsRe.exec(text);
  if (!m) return undefined;
  const cells = [...m[0].matchAll(new RegExp(CELL, 'g'))].map((c) => c[0]);
  if (cells.length !== columns) return undefined;
  const head = text.slice(0, m.index);
  const compactHead = head.replace(/\s+/g, '');
  const unit = PRINTED_UNITS_LONGEST_FIRST.find((u) => compactHead.endsWith(u));
  if (!unit) return undefined;
  // remove the unit from the end of the raw head, skipping whitespace inside it
  let cut = head.length;
  for (let left = unit.length; left > 0;) {
    cut--;
    if (!/\s/.test(head[cut]!)) left--;
  }
  let name = head.slice(0, cut);
  const fn = /\s+(\d{1,2}(?:\s*[、,，]\s*\d{1,2})*)\s*$/.exec(name);
  let footnotes: number[] = [];
  if (fn) {
    footnotes = fn[1]!.split(/[、,，]/).map((d) => Number(d.trim()));
    name = name.slice(0, fn.index);
  }
  return { name: name.replace(/\s+/g, ''), footnotes, unit: normaliseUnitText(unit), cells };
}

export function parseTables(seed: SeedText): TableRow[] {
  const rows: TableRow[] = [];
  let periods: string[] | undefined;
  let headerLine = 0;
  let group: string | undefined;
  let pendingStart: number | undefined; // first line of the name being accumulated

  seed.lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const header = parseHeader(raw);
    if (header) {
      periods = header;
      headerLine = lineNo;
      group = undefined;
      pendingStart = undefined;
      return;
    }
    if (!periods) return;
    if (NOTE.test(raw)) {
      periods = undefined;
      pendingStart = undefined;
      return;
    }
    if (!raw.trim()) return;
    if (TITLE.test(raw)) {
      pendingStart = undefined;
      return;
    }
    if (GROUP.test(raw)) {
      group = raw.trim().replace(/\s+\d+$/, '');
      pendingStart = undefined;
      return;
    }
    // a name never wraps over more than a few lines; longer runs are prose
    const start = pendingStart !== undefined && lineNo - pendingStart <= MAX_ROW_LINES ? pendingStart : lineNo;
    const text = seed.lines.slice(start - 1, lineNo).join('\n');
    const split = splitRow(text, periods.length);
    if (!split) {
      // a line that already ends in a full set of cells (with a unit we do not know) is never the head of a name
      pendingStart = new RegExp(`(?:^|\\s)${CELL}(?:\\s+${CELL}){${periods.length - 1}}\\s*$`).test(raw) ? undefined : start;
      return;
    }
    pendingStart = undefined;
    const firstChar = text.search(/\S/);
    rows.push({
      label: split.name,
      footnotes: split.footnotes,
      unit: split.unit,
      cells: split.cells.map((printed, c) => ({ period: periods![c]!, printed })),
      group,
      line: start,
      lineEnd: lineNo,
      quote: text.slice(firstChar).trimEnd(),
      headerLine,
    });
  });
  return rows;
}
