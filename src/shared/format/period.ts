/** Periods: FY2022 (fiscal year) or an as-of date 2023-10-19 / 2023-01 / 2025-12. */
import type { Translator } from '../i18n/use-t';

// order and year are the model's (the compiler grades cards with them too)
export { comparePeriods, periodSortKey, periodYear } from '../../model/periods';

/** Display label: "2022 年度" / "FY2022", "截至 2022-12" / "as of 2022-12". */
export function periodLabel(period: string, tr: Pick<Translator, 't'>): string {
  return period.startsWith('FY') ? tr.t('period.fy', period.slice(2)) : tr.t('period.asOf', period);
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
