/**
 * Unit definitions shared by the compiler and the app.
 * A *printed* unit is what a seed prints next to a figure (亿元, 兆瓦时 …);
 * each maps to one canonical unit and a scale factor. Whitespace inside a
 * printed unit is ignored (PDF text often splits "吨 / 人").
 */
export const CANONICAL_UNITS = [
  'CNY',
  'CNY_per_share',
  'tCO2e',
  'tCO2e_per_person',
  'persons',
  'person_times',
  'count',
  'percent',
  'MWh',
  'MWh_per_person',
  't',
  't_per_person',
  'kg',
  'kg_per_person',
  'litre',
  'hours',
  'days',
] as const;
export type CanonicalUnit = (typeof CANONICAL_UNITS)[number];

export interface PrintedUnit {
  unit: CanonicalUnit;
  scale: number;
}

export const PRINTED_UNITS: Record<string, PrintedUnit> = {
  元: { unit: 'CNY', scale: 1 },
  万元: { unit: 'CNY', scale: 1e4 },
  亿元: { unit: 'CNY', scale: 1e8 },
  '元/ADS每股': { unit: 'CNY_per_share', scale: 1 },
  吨二氧化碳当量: { unit: 'tCO2e', scale: 1 },
  '吨二氧化碳当量/人': { unit: 'tCO2e_per_person', scale: 1 },
  // 000 prints avoided emissions in plain 吨 / 万吨 (CO2 implied by the label).
  吨: { unit: 't', scale: 1 },
  万吨: { unit: 't', scale: 1e4 },
  '吨/人': { unit: 't_per_person', scale: 1 },
  千克: { unit: 'kg', scale: 1 },
  '千克/人': { unit: 'kg_per_person', scale: 1 },
  兆瓦时: { unit: 'MWh', scale: 1 },
  '兆瓦时/人': { unit: 'MWh_per_person', scale: 1 },
  升: { unit: 'litre', scale: 1 },
  人: { unit: 'persons', scale: 1 },
  万人: { unit: 'persons', scale: 1e4 },
  亿人: { unit: 'persons', scale: 1e8 },
  // news prose prints 万 + the people counted: "700万用户", "1200万信用白户"
  万用户: { unit: 'persons', scale: 1e4 },
  万信用白户: { unit: 'persons', scale: 1e4 },
  万借款人: { unit: 'persons', scale: 1e4 },
  人次: { unit: 'person_times', scale: 1 },
  万人次: { unit: 'person_times', scale: 1e4 },
  亿人次: { unit: 'person_times', scale: 1e8 },
  件: { unit: 'count', scale: 1 },
  个: { unit: 'count', scale: 1 },
  次: { unit: 'count', scale: 1 },
  万次: { unit: 'count', scale: 1e4 },
  家: { unit: 'count', scale: 1 },
  万家: { unit: 'count', scale: 1e4 },
  项: { unit: 'count', scale: 1 },
  部: { unit: 'count', scale: 1 },
  笔: { unit: 'count', scale: 1 },
  亿笔: { unit: 'count', scale: 1e8 },
  '%': { unit: 'percent', scale: 1 },
  小时: { unit: 'hours', scale: 1 },
  天: { unit: 'days', scale: 1 },
};

/** Canonical units that may be converted into one another for a metric (e.g. tonnes of avoided CO2 read as tCO2e). */
export const UNIT_ALIASES: Partial<Record<CanonicalUnit, CanonicalUnit[]>> = {
  tCO2e: ['t'],
};

export function normaliseUnitText(text: string): string {
  return text.replace(/\s+/g, '');
}

export function lookupPrintedUnit(text: string): PrintedUnit | undefined {
  return PRINTED_UNITS[normaliseUnitText(text)];
}

/** Printed units sorted longest first, so "吨二氧化碳当量/人" wins over "吨". */
export const PRINTED_UNITS_LONGEST_FIRST = Object.keys(PRINTED_UNITS).sort((a, b) => b.length - a.length);
