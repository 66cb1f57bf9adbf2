/** Plain-text tables and budget verdicts for the benchmark's output. */

export type Cell = string | number;

export function table(title: string, header: string[], rows: Cell[][]): string {
  const cells = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    '| ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ') + ' |';
  const rule = '|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|';
  return [`\n${title}`, line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}

export const ms = (v: number | null): string =>
  v === null || !Number.isFinite(v) ? '—' : `${Math.round(v).toLocaleString('en')} ms`;
/** A time that may be a give-up (Infinity): shown as "not drawn in N s". */
export const msOrCap = (v: number | null, capMs: number): string => (v === Infinity ? `not drawn in ${capMs / 1000} s` : ms(v));
/** a/b where a may be a give-up: then a lower bound from the cap. */
export const ratioOrCap = (a: number | null, b: number | null, capMs: number): string =>
  a === Infinity && b !== null && Number.isFinite(b) ? `> ${(capMs / b).toFixed(2)}×` : ratio(a, b);
export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
export const ratio = (a: number | null, b: number | null): string =>
  a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0 ? '—' : `${(a / b).toFixed(2)}×`;

export interface Verdict {
  item: string;
  pass: boolean | null;
  figure: string;
}

export function verdictLine(v: Verdict): string {
  const mark = v.pass === null ? 'N/A ' : v.pass ? 'PASS' : 'FAIL';
  return `${mark}  ${v.item}: ${v.figure}`;
}
