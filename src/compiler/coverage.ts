/**
 * Coverage report: every numeric token in every seed is either used by an
 * observation, deliberately ignored (with a reason), or unreviewed.
 */
import { NUMBER_SOURCE, escapeRegExp } from './numbers';
import { linesText, type SeedText } from './seed-text';
import type { Warning } from './errors';
import type { IgnoreInput } from './input-schema';
import { isHeaderYearsLine, type TableRow } from './table-rows';
import type { Provenance } from '../model/schema';

/** An ignore's text as a regular expression: literal, with {num} standing for any printed number. */
export function ignoreRegExp(text: string): RegExp {
  const body = text.split('{num}').map(escapeRegExp).join(`(?<![0-9０-９.．])(?:${NUMBER_SOURCE})(?![0-9０-９])`);
  return new RegExp(body, 'g');
}

export interface SeedCoverage {
  source: string;
  tokens: number;
  used: number;
  ignored: number;
  unreviewed: number;
  ignoredByReason: Record<string, number>;
  /** First unreviewed tokens, for a reviewer to work through. */
  unreviewedSample: { line: number; text: string }[];
  /** Every ignored number where it stands (1-based line, 0-based UTF-16 column), for the source reader. */
  ignoredTokens: { line: number; column: number; text: string; reason: string }[];
}

interface Range {
  start: number;
  end: number;
  reason?: string;
}

const SAMPLE = 25;

function autoReason(seed: SeedText, isReport: boolean, line: string, token: string, at: number): string | undefined {
  const before = line.slice(0, at);
  const after = line.slice(at + token.length);
  if (/[A-Za-z]$/.test(before) || /^[A-Za-z]/.test(after)) return 'part of a name, code or standard (ISO14064, CO2 …)';
  if (/\[$/.test(before) && /^\]/.test(after)) return 'footnote marker';
  if (/^(19|20)\d{2}$/.test(token) && /^\s*(年|-|–|\/|\.|\))/.test(after)) return 'year or date';
  if (/^(19|20)\d{2}$/.test(token) && /(-|–|~|\/)\s*$/.test(before)) return 'year or date';
  if (/^(19|20)\d{2}$/.test(token) && isHeaderYearsLine(line)) return 'year column of a table header';
  if (Number(token) <= 31 && /^\s*(月|日|号)/.test(after)) return 'year or date';
  if (isReport && line.trim() === token && Number(token) <= 400) return 'page number';
  return undefined;
}

export function coverageFor(
  seed: SeedText,
  isReport: boolean,
  used: Provenance[],
  ignores: (IgnoreInput & { file: string; line?: number })[],
  unmappedRows: TableRow[],
  warnings: Warning[],
): SeedCoverage {
  const ranges: Range[] = [];
  for (const p of used) {
    if (p.source !== seed.name || p.figure === undefined) continue;
    const text = linesText(seed, p.line, p.lineEnd ?? p.line);
    const start = seed.lineStarts[p.line - 1]! + text.indexOf(p.quote);
    ranges.push({ start, end: start + p.quote.length });
  }
  for (const ig of ignores) {
    let hits = 0;
    for (const m of seed.text.matchAll(ignoreRegExp(ig.text))) {
      hits++;
      ranges.push({ start: m.index, end: m.index + m[0].length, reason: ig.reason });
    }
    if (hits === 0)
      warnings.push({
        file: ig.file,
        line: ig.line,
        message: `stale ignore: ${JSON.stringify(ig.text)} no longer matches seeds/${seed.name}; the numbers it covered are now unreviewed (update or remove the entry)`,
      });
  }
  for (const r of unmappedRows) {
    const start = seed.lineStarts[r.line - 1]!;
    ranges.push({
      start,
      end: start + linesText(seed, r.line, r.lineEnd).length,
      reason: 'KPI table row outside the metric catalogue',
    });
  }

  const cov: SeedCoverage = {
    source: seed.name,
    tokens: 0,
    used: 0,
    ignored: 0,
    unreviewed: 0,
    ignoredByReason: Object.create(null) as Record<string, number>,
    unreviewedSample: [],
    ignoredTokens: [],
  };
  const re = new RegExp(NUMBER_SOURCE, 'g');
  seed.lines.forEach((line, i) => {
    for (const m of line.matchAll(re)) {
      const offset = seed.lineStarts[i]! + m.index;
      cov.tokens++;
      const inside = ranges.filter((r) => offset >= r.start && offset < r.end);
      if (inside.some((r) => r.reason === undefined)) {
        cov.used++;
        continue;
      }
      const reason = inside[0]?.reason ?? autoReason(seed, isReport, line, m[0], m.index);
      if (reason) {
        cov.ignored++;
        cov.ignoredByReason[reason] = (cov.ignoredByReason[reason] ?? 0) + 1;
        cov.ignoredTokens.push({ line: i + 1, column: m.index, text: m[0], reason });
      } else {
        cov.unreviewed++;
        if (cov.unreviewedSample.length < SAMPLE) cov.unreviewedSample.push({ line: i + 1, text: line.trim().slice(0, 80) });
      }
    }
  });
  if (cov.unreviewed > 0)
    warnings.push({
      file: `seeds/${seed.name}`,
      line: cov.unreviewedSample[0]!.line,
      message: `${cov.unreviewed} number(s) nobody has reviewed (neither used nor ignored with a reason), first: ${JSON.stringify(cov.unreviewedSample[0]!.text)}`,
    });
  return cov;
}
