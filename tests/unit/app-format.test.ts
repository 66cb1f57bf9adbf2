import { describe, expect, it } from 'vitest';
import { formatFigure, formatObservation, formatValue } from '../../src/shared/format/format';
import { comparePeriods, periodSortKey, periodTime } from '../../src/shared/format/period';
import { translator } from '../../src/shared/i18n/use-t';

const en = translator('en');
const zh = translator('zh');

describe('value formatter', () => {
  it('never rounds a small value to a false zero', () => {
    expect(formatValue(0.0043, 'tCO2e', en, { per: 'employee' })).toBe('0.0043 tCO₂e per employee');
    expect(formatFigure(0.00049, 'en')).toBe('0.00049');
    expect(formatFigure(0, 'en')).toBe('0');
  });

  it('gives computed values three significant figures, not false precision', () => {
    // 491,484,000 / 4,870 = 100,920.74…
    expect(formatValue(100920.7392, 'CNY', en, { per: 'employee' })).toBe('RMB 101,000 per employee');
    expect(formatValue(100920.7392, 'CNY', zh, { per: 'employee' })).toBe('10.1万元/人');
  });

  it('keeps a reported figure as printed', () => {
    expect(formatValue(491484000, 'CNY', en)).toBe('RMB 491.48 m');
    expect(formatValue(491484000, 'CNY', zh)).toBe('4.91亿元');
    expect(formatValue(1570.8, 'tCO2e', en)).toBe('1,570.8 tCO₂e');
  });

  it('shows money over revenue as a percentage and other per-revenue values per RMB 100m', () => {
    expect(formatValue(0.04373, 'CNY', en, { per: 'revenue' })).toBe('4.37% of revenue');
    expect(formatValue(0.04373, 'CNY', zh, { per: 'revenue' })).toBe('占营收 4.37%');
    expect(formatValue(1.25e-7, 'tCO2e', en, { per: 'revenue' })).toBe('12.5 tCO₂e per RMB 100m revenue');
    expect(formatValue(1.25e-7, 'tCO2e', zh, { per: 'revenue' })).toBe('12.5吨二氧化碳当量/亿元营收');
  });

  it('carries the qualifier with the value, normalised or not', () => {
    expect(formatValue(3e9, 'CNY', en, { qualifier: 'at_least' })).toBe('≥ RMB 3 bn');
    expect(formatValue(7e6, 'persons', zh, { qualifier: 'about' })).toBe('≈ 700万人');
    expect(formatObservation({ value: 0.5, unit: 'tCO2e', qualifier: 'at_most', per: 'employee', status: 'derived' }, en)).toBe(
      '≤ 0.5 tCO₂e per employee',
    );
  });

  it('does not repeat a per-person unit the value already has', () => {
    expect(formatValue(1.2, 'tCO2e_per_person', en, { per: 'employee' })).toBe('1.2 tCO₂e per person');
  });
});

describe('periods on a time axis', () => {
  it('puts FY2022 and 2022-12 on the same date, and uneven dates at their distance', () => {
    expect(periodTime('FY2022')).toBe(periodTime('2022-12'));
    expect(periodTime('2023-10-19') - periodTime('2023-01')).toBeGreaterThan(periodTime('2023-01') - periodTime('FY2022'));
  });
});

describe('period order', () => {
  it('sorts oldest first, a fiscal year after every dated value of its last month, as the collated order does', () => {
    const periods = ['FY2023', '2022-12', 'FY2022', '2023-01', '2022-12-31', '2021-06-30', 'FY2021', '2023-10-19', '2022-01'];
    const sorted = [...periods].sort(comparePeriods);
    expect(sorted).toEqual([
      '2021-06-30',
      'FY2021',
      '2022-01',
      '2022-12',
      '2022-12-31',
      'FY2022',
      '2023-01',
      '2023-10-19',
      'FY2023',
    ]);
    // the same order localeCompare of the sort keys gave (what it replaces on the first view)
    expect(sorted).toEqual([...periods].sort((a, b) => periodSortKey(a).localeCompare(periodSortKey(b))));
  });
});
