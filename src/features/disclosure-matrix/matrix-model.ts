/**
 * Pure lookups and filters over the compiled matrix: the app computes no status,
 * it only selects rows and cells the compiler wrote.
 */
import { MATRIX_STATUSES as STATUSES } from '../../model/enums';
import type { HkexRow, IndexEntry, MatrixCell, MatrixFile, MatrixStatus, Provenance } from '../../model/schema';
import type { PillarFilter, StatusFilter } from './matrix-store';

/** Legend and counts order: from most to least disclosed (the schema's own order). */
export const MATRIX_STATUSES: readonly MatrixStatus[] = STATUSES;

export interface MatrixIndex {
  cell: (company: string, code: string) => MatrixCell | undefined;
  entry: (id: string) => IndexEntry | undefined;
  row: (code: string) => HkexRow | undefined;
}

const cache = new WeakMap<MatrixFile, MatrixIndex>();

export function indexMatrix(matrix: MatrixFile): MatrixIndex {
  const hit = cache.get(matrix);
  if (hit) return hit;
  const cells = new Map(matrix.cells.map((c) => [`${c.company}\u0000${c.code}`, c]));
  const entries = new Map(matrix.entries.map((e) => [e.id, e]));
  const rows = new Map(matrix.rows.map((r) => [r.code, r]));
  const index: MatrixIndex = {
    cell: (company, code) => cells.get(`${company}\u0000${code}`),
    entry: (id) => entries.get(id),
    row: (code) => rows.get(code),
  };
  cache.set(matrix, index);
  return index;
}

export interface RowFilter {
  pillar: PillarFilter;
  status: StatusFilter;
  diffOnly: boolean;
}

/** Rows that pass the filters: pillar; some company has the status; the companies' statuses differ. */
export function visibleRows(matrix: MatrixFile, companies: readonly string[], filter: RowFilter): HkexRow[] {
  const index = indexMatrix(matrix);
  return matrix.rows.filter((row) => {
    if (filter.pillar !== 'all' && row.pillar !== filter.pillar) return false;
    const statuses = companies.map((c) => index.cell(c, row.code)?.status);
    if (filter.status !== 'all' && !statuses.includes(filter.status)) return false;
    if (filter.diffOnly && new Set(statuses).size < 2) return false;
    return true;
  });
}

/** "2807" or "2807–2810". */
export function lineRange(p: Pick<Provenance, 'line' | 'lineEnd'>): string {
  return p.lineEnd && p.lineEnd !== p.line ? `${p.line}–${p.lineEnd}` : String(p.line);
}

/** A credit as printed: 1, 0.5, 0. */
export function creditText(credit: number): string {
  return String(Math.round(credit * 10) / 10);
}
