/**
 * Numbers a Chinese or English reader expects: CNY as 亿元/万元 in zh (Intl
 * compact notation) and RMB bn/m in en; other units with their names.
 * Reported figures keep the precision they were printed with (at most two
 * decimals after scaling); derived and normalised figures get three significant
 * figures, so a ratio never shows false precision; small values keep their
 * significant digits instead of rounding to a false zero.
 */
import type { CanonicalUnit } from '../../model/units';
import type { Per, Qualifier } from '../../model/schema';
import type { Translator } from '../i18n/use-t';
import type { Lang } from '../i18n/catalogue';

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

export const QUALIFIER_SIGN: Record<Qualifier, string> = { exact: '', at_least: '≥ ', about: '≈ ', at_most: '≤ ' };

/** How precisely to print: a reported figure as printed, a computed one to three significant figures. */
export type Precision = 'reported' | 'derived';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', options)));
  return f;
}

function digits(value: number, precision: Precision): Intl.NumberFormatOptions {
  if (value !== 0 && Math.abs(value) < 1) return { maximumSignificantDigits: precision === 'derived' ? 2 : 3 };
  return precision === 'derived' ? { maximumSignificantDigits: 3 } : { maximumFractionDigits: 2 };
}

/** A bare figure: 4.91亿 / 491.48 m; 0.0043 stays 0.0043. */
export function formatFigure(value: number, lang: Lang, precision: Precision = 'reported'): string {
  const abs = Math.abs(value);
  if (lang === 'zh') {
    if (abs < 1e4) return numberFormat(lang, digits(value, precision)).format(value);
    return numberFormat(lang, { notation: 'compact', ...digits(value, precision) }).format(value);
  }
  if (abs >= 1e9) return `${numberFormat(lang, digits(value / 1e9, precision)).format(value / 1e9)} bn`;
  if (abs >= 1e6) return `${numberFormat(lang, digits(value / 1e6, precision)).format(value / 1e6)} m`;
  return numberFormat(lang, digits(value, precision)).format(value);
}

export function unitText(unit: CanonicalUnit, lang: Lang): string {
  return UNIT_TEXT[unit][lang];
}

function withUnit(figure: string, unit: CanonicalUnit, lang: Lang): string {
  if (unit === 'percent') return `${figure}%`;
  if (unit === 'CNY') return lang === 'zh' ? `${figure}元` : `RMB ${figure}`;
  const u = unitText(unit, lang);
  // zh reads the unit straight after the figure: 4,870人, 137.09万吨二氧化碳当量
  if (lang === 'zh') return `${figure}${u === '个' ? '' : u}`;
  return u ? `${figure} ${u}` : figure;
}

export interface ValueFormat {
  qualifier?: Qualifier;
  /** Set for normalised values: the denominator the value is divided by. */
  per?: Per;
  precision?: Precision;
}

/**
 * A value with its qualifier, unit and, for normalised values, its "per …" unit:
 * "≥ 30亿元", "RMB 491.48 m", "0.32 tCO₂e per employee", "4.37% of revenue",
 * "12.5 tCO₂e per RMB 100m revenue". Normalised values are given per CNY of
 * revenue in canonical units; money over revenue reads as a percentage.
 */
export function formatValue(value: number, unit: CanonicalUnit, tr: Pick<Translator, 't' | 'lang'>, f: ValueFormat = {}): string {
  const sign = QUALIFIER_SIGN[f.qualifier ?? 'exact'];
  const precision = f.precision ?? (f.per ? 'derived' : 'reported');
  const lang = tr.lang;
  if (f.per === 'revenue') {
    if (unit === 'CNY') return sign + tr.t('per.revenueShare', `${formatFigure(value * 100, lang, precision)}%`);
    return `${sign}${withUnit(formatFigure(value * 1e8, lang, precision), unit, lang)}${tr.t('per.revenue')}`;
  }
  const text = withUnit(formatFigure(value, lang, precision), unit, lang);
  const perSuffix = f.per === 'employee' && !unit.endsWith('_per_person') ? tr.t('per.employee') : '';
  return `${sign}${text}${perSuffix}`;
}

/** Axis ticks: the figure only (the unit is in the card's header and tooltip). */
export function formatTick(value: number, unit: CanonicalUnit, lang: Lang, per?: Per): string {
  if (per === 'revenue') return unit === 'CNY' ? `${formatFigure(value * 100, lang, 'derived')}%` : formatFigure(value * 1e8, lang, 'derived');
  return formatFigure(value, lang, per ? 'derived' : 'reported') + (unit === 'percent' ? '%' : '');
}

/** An observation's value as shown everywhere: headline, tooltip, table, panel. */
export function formatObservation(
  o: { value: number | null; unit: CanonicalUnit; qualifier: Qualifier; per?: Per; status: string },
  tr: Pick<Translator, 't' | 'lang'>,
): string {
  if (o.value === null) return '—';
  return formatValue(o.value, o.unit, tr, {
    qualifier: o.qualifier,
    per: o.per,
    precision: o.status === 'derived' ? 'derived' : 'reported',
  });
}
