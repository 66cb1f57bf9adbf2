/** Periods: FY2022 (fiscal year) or an as-of date 2023-10-19 / 2023-01 / 2025-12. */
import type { Translator } from '../i18n/use-t';

/** Display label: "2022 年度" / "FY2022", "截至 2022-12" / "as of 2022-12". */
export function periodLabel(period: string, tr: Pick<Translator, 't'>): string {
  return period.startsWith('FY') ? tr.t('period.fy', period.slice(2)) : tr.t('period.asOf', period);
}

/** Sort key: fiscal years sort at their year end. */
export function periodSortKey(period: string): string {
  return period.startsWith('FY') ? `${period.slice(2)}-12-31~` : period;
}

/**
 * Oldest first, by sort key. The keys are ASCII digits, '-' and '~', so code-unit order is
 * their order; localeCompare would build ICU collation for each comparison (the first
 * view sorts every company's periods).
 */
export function comparePeriods(a: string, b: string): number {
  const x = periodSortKey(a);
  const y = periodSortKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The date a period stands for on a time axis, in ms (UTC): a fiscal year at its
 * last day, a month at its last day, so FY2022 and 2022-12 fall on the same date.
 */
export function periodTime(period: string): number {
  if (period.startsWith('FY')) return Date.UTC(Number(period.slice(2)), 11, 31);
  const [y, m, d] = period.split('-').map(Number) as [number, number, number | undefined];
  if (d !== undefined) return Date.UTC(y, m - 1, d);
  return Date.UTC(y, m, 0); // day 0 of the next month: the month's last day
}

/** The calendar year a period falls in: FY2022 → "2022", 2023-10-19 → "2023". */
export function periodYear(period: string): string {
  return period.startsWith('FY') ? period.slice(2, 6) : period.slice(0, 4);
}
