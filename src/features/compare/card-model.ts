/**
 * Builds what one metric card shows from plain data: per-company values and
 * typed gaps, chart rows, numbered footnotes, a comparability grade with the
 * reason in words, and not-comparable alternates. Pure, so tests pass objects.
 */
import type { Caveat, Company, Grade, Metric, Observation } from '../../model/schema';
import { periodSortKey } from '../../shared/format';

export interface Footnote {
  n: number;
  caveat: Caveat;
}

export interface CompanyLine {
  company: Company;
  /** Observations with a value, oldest first. */
  values: Observation[];
  /** Observations without a value (typed gaps, garbled figures). */
  gaps: Observation[];
  /** Values of an alternate metric, shown beside the card as not comparable. */
  alternates: { metric: Metric; observations: Observation[] }[];
}

export interface CardModel {
  metric: Metric;
  lines: CompanyLine[];
  periods: string[];
  /** One row per period: { period, [companyId]: value }. */
  rows: Record<string, string | number | null>[];
  chartKind: 'bars' | 'points' | 'none';
  footnotes: Footnote[];
  footnoteOf: Map<string, number>;
  grade: Grade;
  /** Why the grade is what it is, one entry per reason (ids resolved by the view). */
  reasons: GradeReason[];
}

export type GradeReason =
  | { kind: 'caveat'; caveat: Caveat }
  | { kind: 'single'; company: Company | null }
  | { kind: 'alternate'; company: Company; metric: Metric };

const ORDER: Grade[] = ['comparable', 'comparable_with_caveats', 'not_comparable'];
const worse = (a: Grade, b: Grade): Grade => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);

export function buildCardModel(
  metric: Metric,
  observations: Observation[],
  companies: Company[],
  caveats: Caveat[],
  metrics: Metric[],
): CardModel {
  const byPeriod = (a: Observation, b: Observation) => periodSortKey(a.period).localeCompare(periodSortKey(b.period));
  const caveatById = new Map(caveats.map((c) => [c.id, c]));
  const lines: CompanyLine[] = companies.map((company) => {
    const own = observations.filter((o) => o.company === company.id && o.metric === metric.id).sort(byPeriod);
    const values = own.filter((o) => o.value !== null);
    const alternates = values.length
      ? []
      : metric.alternates
          .map((id) => metrics.find((m) => m.id === id))
          .filter((m): m is Metric => m !== undefined)
          .map((m) => ({
            metric: m,
            observations: observations
              .filter((o) => o.company === company.id && o.metric === m.id && o.value !== null)
              .sort(byPeriod),
          }))
          .filter((a) => a.observations.length > 0);
    return { company, values, gaps: own.filter((o) => o.value === null), alternates };
  });

  const footnotes: Footnote[] = [];
  const footnoteOf = new Map<string, number>();
  const shown = lines.flatMap((l) => [...l.values, ...l.gaps, ...l.alternates.flatMap((a) => a.observations)]);
  for (const o of shown) {
    for (const id of o.caveats) {
      const caveat = caveatById.get(id);
      if (caveat && !footnoteOf.has(id)) {
        footnoteOf.set(id, footnotes.length + 1);
        footnotes.push({ n: footnotes.length + 1, caveat });
      }
    }
  }

  const periods = [...new Set(lines.flatMap((l) => l.values.map((o) => o.period)))].sort((a, b) =>
    periodSortKey(a).localeCompare(periodSortKey(b)),
  );
  const rows = periods.map((period) => {
    const row: Record<string, string | number | null> = { period };
    for (const l of lines) {
      // several sources may date a figure the same day; the chart takes the first, the table lists all
      row[l.company.id] = l.values.find((o) => o.period === period)?.value ?? null;
    }
    return row;
  });
  const dated = periods.some((p) => !p.startsWith('FY')) || metric.basis === 'cumulative';
  const chartKind = periods.length === 0 ? 'none' : dated ? 'points' : 'bars';

  let grade: Grade = 'comparable';
  const reasons: GradeReason[] = [];
  for (const f of footnotes) {
    grade = worse(grade, f.caveat.grade);
    if (f.caveat.grade !== 'comparable') reasons.push({ kind: 'caveat', caveat: f.caveat });
  }
  const withValues = lines.filter((l) => l.values.length > 0);
  if (withValues.length < 2) {
    grade = 'not_comparable';
    reasons.unshift({ kind: 'single', company: withValues[0]?.company ?? null });
  }
  for (const l of lines)
    for (const a of l.alternates) reasons.unshift({ kind: 'alternate', company: l.company, metric: a.metric });

  return { metric, lines, periods, rows, chartKind, footnotes, footnoteOf, grade, reasons };
}
