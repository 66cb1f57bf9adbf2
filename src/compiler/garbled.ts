/**
 * Detects figures where an editing error ran an old and a new value together,
 * e.g. "29003000" (2900 → 3000), "120130" (120 → 130), "81.798171" (81.79 → 81.71).
 * The test: the digit run splits into two numbers of the same printed shape
 * whose ratio is within 1:1.5 — two readings of one quantity, not one number.
 */
import type { ExtractedFigure } from './extracted';
import { CompileError, type Warning } from './errors';

export interface GarbledReading {
  raw: string;
  first: number;
  second: number;
  reading: string;
}

const CLOSE = 1.5;

function close(a: number, b: number): boolean {
  if (a <= 0 || b <= 0) return false;
  const r = b / a;
  return r >= 1 / CLOSE && r <= CLOSE;
}

export function detectGarbled(printed: string): GarbledReading | undefined {
  const raw = printed.trim();
  // Formatted figures ("1,147.3") were typeset deliberately; only bare digit runs are suspects.
  if (/[,，\s]/.test(raw)) return undefined;
  const [intPart, fracPart] = raw.split('.');
  if (!intPart) return undefined;
  if (fracPart === undefined) {
    if (intPart.length < 6 || intPart.length % 2 !== 0) return undefined;
    const half = intPart.length / 2;
    const a = intPart.slice(0, half);
    const b = intPart.slice(half);
    if (b.startsWith('0')) return undefined;
    const first = Number(a);
    const second = Number(b);
    return close(first, second) ? { raw, first, second, reading: `${a} → ${b}` } : undefined;
  }
  // "81.798171": int "81", the fraction holds "79" + "8171" = 81.79 and 81.71
  const k = (fracPart.length - intPart.length) / 2;
  if (!Number.isInteger(k) || k < 1) return undefined;
  const a = `${intPart}.${fracPart.slice(0, k)}`;
  const rest = fracPart.slice(k);
  if (rest.startsWith('0')) return undefined;
  const b = `${rest.slice(0, intPart.length)}.${rest.slice(intPart.length)}`;
  const first = Number(a);
  const second = Number(b);
  return close(first, second) ? { raw, first, second, reading: `${a} → ${b}` } : undefined;
}

/**
 * Whether an extracted figure is garbled. The shape test above only raises a
 * suspicion: "825840" may be one number. A suspect figure needs the data to say
 * which it is (rule "garbled": true / false, or a table row's neighbouring
 * cells); otherwise the build stops rather than guess either way.
 */
export function decideGarbled(f: ExtractedFigure, warnings: Warning[]): GarbledReading | undefined {
  if (f.printed === '—') return undefined;
  const reading = detectGarbled(f.printed);
  const where = { file: `seeds/${f.source}`, line: f.line, rule: f.ruleId };
  if (f.garbled === false) return undefined;
  if (f.garbled === true) {
    if (!reading)
      warnings.push({
        ...where,
        message: `rule declares the figure garbled, but "${f.printed}" now reads as one number (a corrected source?); reported as ${f.printed}. Remove "garbled" from the rule.`,
      });
    return reading;
  }
  if (reading)
    throw new CompileError(
      where,
      `figure "${reading.raw}" may be two values run together (${reading.reading}) or one number; say which with "garbled": true or false on the rule`,
    );
  return undefined;
}
