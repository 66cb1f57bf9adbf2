/**
 * The general KPI-table parser. Reads every table that follows a header —
 * "指标 单位 2020 年 2021 年 2022 年", "项目 单位 2021 2022", "Indicator Unit
 * FY2021 FY2022", or one wrapped over two or three lines ("指标 单位" above
 * "2021 2022", or "2021 2022" above "年 年") — and yields one row per indicator:
 *   - names wrapped over lines are joined (the value line may hold the name's tail,
 *     or only the unit and values);
 *   - footnote digits glued after a name ("温室气体排放总量 1、2") are split off;
 *   - digits inside a name ("30-50 岁") are kept;
 *   - "—" is a typed empty cell; "226,638. 2" (a stray space) is one value;
 *   - group lines ("按性别划分") and table titles ("…绩效表") are not names;
 *   - a repeated header starts a new table with the same columns;
 *   - "注 :" ends a table until the next header;
 *   - a line that looks like a header but is not one the parser reads (years and
 *     words it does not know) also ends the table: its rows never inherit the
 *     previous table's years. Such lines are reported in error messages.
 */
import { NUMBER_SOURCE } from './numbers';
import { printedUnitsLongestFirst, unitKey } from '../model/units';
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

/** Words a header may hold besides the years (lower-case for English). */
const HEADER_WORDS = [
  '关键绩效指标',
  '绩效指标',
  '指标名称',
  '指标',
  '单位',
  '计量单位',
  '项目',
  '类别',
  '范畴',
  '议题',
  'key performance indicators',
  'key performance indicator',
  'performance indicators',
  'indicators',
  'indicator',
  'kpis',
  'kpi',
  'metrics',
  'metric',
  'items',
  'item',
  'units',
  'unit',
];
const HEADER_WORD_RES = HEADER_WORDS.map((w) => new RegExp(w.replace(/ /g, '\\s+'), 'g'));
const YEAR = /(?:FY\s*)?((?:19|20)\d{2})(?:\s*(?:年度|年|财年|FY))?/gi;
const SEPARATORS = /[\s|｜/／()（）:：,，、]+/g;
const EMPTY = '—';
const CELL = `(?:${NUMBER_SOURCE}|${EMPTY})`;
const GROUP = /^\s*按.{1,8}划分(?:\s+\d+)?\s*$/;
const NOTE = /^\s*注\s*[:：]/;
const TITLE = /绩效表/;
const MAX_ROW_LINES = 6;

interface HeaderLine {
  years: string[];
  /** Header words found (指标, 单位, Indicator …). */
  words: number;
  /** Nothing but header words, years and separators. */
  clean: boolean;
  /** Only "年" marks (the tail of a wrapped header). */
  yearMarksOnly: boolean;
}

function readHeaderLine(line: string): HeaderLine {
  // cheap exit: a header line holds a year or a header word
  if (!/(?:19|20)\d{2}|指标|单位|项目|类别|范畴|议题|indicator|kpi|metric|item|unit/i.test(line))
    return { years: [], words: 0, clean: false, yearMarksOnly: line.trim() !== '' && /^[\s年度]+$/.test(line) };
  // a header holds no number but its years
  YEAR.lastIndex = 0;
  if (/[0-9０-９]/.test(line.replace(YEAR, ' '))) return { years: [], words: 0, clean: false, yearMarksOnly: false };
  let rest = line.toLowerCase();
  const years = [...line.matchAll(YEAR)].map((y) => `FY${y[1]}`);
  rest = rest.replace(YEAR, ' ');
  let words = 0;
  for (const re of HEADER_WORD_RES) {
    rest = rest.replace(re, () => {
      words++;
      return ' ';
    });
  }
  const remainder = rest.replace(SEPARATORS, '');
  return {
    years,
    words,
    clean: remainder === '',
    yearMarksOnly: line.trim() !== '' && /^[\s年度]+$/.test(line),
  };
}

/** A line holding only header words and years (a header, or the years line of a wrapped one). */
export function isHeaderYearsLine(line: string): boolean {
  const h = readHeaderLine(line);
  return h.clean && h.years.length > 0;
}

/** A header on one line: header words and at least one year, nothing else. */
export function parseHeader(line: string): string[] | undefined {
  const h = readHeaderLine(line);
  return h.clean && h.words > 0 && h.years.length > 0 && new Set(h.years).size === h.years.length ? h.years : undefined;
}

/**
 * A header starting at line index i (0-based), possibly wrapped over up to three
 * lines; returns its periods and the index of its last line.
 */
export function headerAt(lines: readonly string[], i: number): { periods: string[]; last: number } | undefined {
  if (!lines[i]!.trim()) return undefined;
  const first = readHeaderLine(lines[i]!);
  if (!first.clean || first.yearMarksOnly) return undefined;
  let years = [...first.years];
  let words = first.words;
  let last = i;
  // wrapped: words on one line, years (and/or a line of 年 marks) on the next ones
  for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) {
    const next = readHeaderLine(lines[j]!);
    if (next.yearMarksOnly && years.length > 0) {
      last = j;
      break;
    }
    if (!lines[j]!.trim() || !next.clean) break;
    if (next.years.length === 0 || years.length > 0) break;
    years = next.years;
    words += next.words;
    last = j;
  }
  if (words === 0 || years.length === 0 || new Set(years).size !== years.length) return undefined;
  return { periods: years, last };
}

/** A line with two or more years and nothing else numeric, which is not a header the parser reads. */
function looksLikeHeader(line: string): boolean {
  const h = readHeaderLine(line);
  if (h.years.length < 2) return false;
  const withoutYears = line.replace(YEAR, ' ');
  return !/[0-9０-９]/.test(withoutYears) && withoutYears.replace(SEPARATORS, '').length <= 24;
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
  const compactHead = unitKey(head);
  const unit = printedUnitsLongestFirst().find((u) => compactHead.endsWith(u));
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
  // the unit as printed (its case kept), whitespace removed
  const printedUnit = head.slice(cut).replace(/\s+/g, '');
  return { name: name.replace(/\s+/g, ''), footnotes, unit: printedUnit, cells };
}

export interface ParsedTables {
  rows: TableRow[];
  /** Lines that look like a table header the parser does not read (each ended the table before it). */
  unreadHeaders: number[];
}

export function parseTables(seed: SeedText): TableRow[] {
  return parseTablesDetailed(seed).rows;
}

export function parseTablesDetailed(seed: SeedText): ParsedTables {
  const rows: TableRow[] = [];
  const unreadHeaders: number[] = [];
  let periods: string[] | undefined;
  let headerLine = 0;
  let group: string | undefined;
  let pendingStart: number | undefined; // first line of the name being accumulated
  let skipTo = -1;

  seed.lines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (i <= skipTo) return;
    const header = headerAt(seed.lines, i);
    if (header) {
      periods = header.periods;
      headerLine = lineNo;
      skipTo = header.last;
      group = undefined;
      pendingStart = undefined;
      return;
    }
    if (looksLikeHeader(raw)) {
      unreadHeaders.push(lineNo);
      periods = undefined;
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
  return { rows, unreadHeaders };
}
