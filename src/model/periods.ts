/** Periods: FY2022 (fiscal year) or an as-of date 2023-10-19 / 2023-01 / 2025-12. Their order and year. */

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

/** The calendar year a period falls in: FY2022 → "2022", 2023-10-19 → "2023". */
export function periodYear(period: string): string {
  return period.startsWith('FY') ? period.slice(2, 6) : period.slice(0, 4);
}
