/**
 * Number formatting a Chinese or English reader expects: CNY as 亿元/万元 in zh
 * (Intl compact notation) and RMB bn/m in en; other units with their names.
 */
import type { CanonicalUnit } from '../model/units';
import type { Qualifier } from '../model/schema';
import { QUALIFIER_SIGN, type Lang } from './i18n';

const UNIT_TEXT: Record<CanonicalUnit, Record<Lang, string>> = {
  CNY: { zh: '元', en: 'RMB' },
  CNY_per_share: { zh: '元/股', en: 'RMB per share' },
  tCO2e: { zh: '吨二氧化碳当量', en: 'tCO₂e' },
  tCO2e_per_person: { zh: '吨二氧化碳当量/人', en: 'tCO₂e per person' },
  persons: { zh: '人', en: 'persons' },
  person_times: { zh: '人次', en: 'person-times' },
  count: { zh: '个', en: '' },
  percent: { zh: '%', en: '%' },
  MWh: { zh: '兆瓦时', en: 'MWh' },
  MWh_per_person: { zh: '兆瓦时/人', en: 'MWh per person' },
  t: { zh: '吨', en: 't' },
  t_per_person: { zh: '吨/人', en: 't per person' },
  kg: { zh: '千克', en: 'kg' },
  kg_per_person: { zh: '千克/人', en: 'kg per person' },
  litre: { zh: '升', en: 'litres' },
  hours: { zh: '小时', en: 'hours' },
  days: { zh: '天', en: 'days' },
};

const plain = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let f = plain.get(key);
  if (!f) plain.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

export function formatNumber(value: number, lang: Lang, maxFraction = 2): string {
  return numberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: maxFraction }).format(value);
}

/** Compact figure without unit: 4.91亿 / 491.5万 (zh), 4.91 bn / 491.5 m (en). */
export function formatCompact(value: number, lang: Lang): string {
  const abs = Math.abs(value);
  if (lang === 'zh') {
    if (abs < 1e4) return formatNumber(value, lang);
    return numberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 2 }).format(value);
  }
  if (abs >= 1e9) return `${formatNumber(value / 1e9, lang)} bn`;
  if (abs >= 1e6) return `${formatNumber(value / 1e6, lang)} m`;
  return formatNumber(value, lang);
}

export function unitText(unit: CanonicalUnit, lang: Lang): string {
  return UNIT_TEXT[unit][lang];
}

/** A value with its unit: "4.91亿元", "RMB 491.48 m", "1,570.8 tCO₂e", "4.4%". */
export function formatValue(value: number, unit: CanonicalUnit, lang: Lang, qualifier: Qualifier = 'exact'): string {
  const sign = QUALIFIER_SIGN[qualifier];
  if (unit === 'percent') return `${sign}${formatNumber(value, lang, 1)}%`;
  if (unit === 'CNY') {
    return lang === 'zh' ? `${sign}${formatCompact(value, lang)}元` : `${sign}RMB ${formatCompact(value, lang)}`;
  }
  const u = unitText(unit, lang);
  const n = formatCompact(value, lang);
  // zh reads the unit straight after the figure: 4,870人, 137.09万吨二氧化碳当量
  if (lang === 'zh') return `${sign}${n}${u === '个' ? '' : u}`;
  return `${sign}${n}${u ? ` ${u}` : ''}`;
}

/** Display label for a period: FY2022, or the as-of date. */
export function periodLabel(period: string, lang: Lang): string {
  if (period.startsWith('FY')) return lang === 'zh' ? `${period.slice(2)} 年度` : period;
  return lang === 'zh' ? `截至 ${period}` : `as of ${period}`;
}

/** Sort key: fiscal years sort at their year end. */
export function periodSortKey(period: string): string {
  return period.startsWith('FY') ? `${period.slice(2)}-12-31~` : period;
}
