/**
 * Units shared by the compiler and the app. The canonical units are the
 * schema's; which *printed* units (亿元, 兆瓦时, "tons of carbon dioxide" …)
 * mean which canonical unit, and by what factor, is vocabulary: it lives in
 * data/vocabulary/units.json and the compiler activates it before it compiles
 * (see src/compiler/vocabulary.ts). Whitespace inside a printed unit is ignored
 * (PDF text often splits "吨 / 人") and ASCII letters match in any case.
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

export interface UnitTable {
  /** Printed unit (as `unitKey` gives it) → meaning. A Map, so "constructor" is just an unknown unit. */
  printed: Map<string, PrintedUnit>;
  /** Canonical units a metric in `unit` may also be read from (tonnes of avoided CO2 read as tCO2e). */
  canonicalAliases: Map<CanonicalUnit, CanonicalUnit[]>;
}

let active: UnitTable = { printed: new Map(), canonicalAliases: new Map() };
let longestFirst: string[] = [];

/** Canonical units that may be converted into one another for a metric; filled by `activateUnitTable`. */
export const UNIT_ALIASES: Partial<Record<CanonicalUnit, CanonicalUnit[]>> = Object.create(null) as Partial<
  Record<CanonicalUnit, CanonicalUnit[]>
>;

export function normaliseUnitText(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Lookup key of a printed unit: no whitespace, ASCII letters lower-cased. */
export function unitKey(text: string): string {
  return normaliseUnitText(text).replace(/[A-Z]/g, (c) => c.toLowerCase());
}

export function activateUnitTable(table: UnitTable): void {
  active = table;
  for (const k of Object.keys(UNIT_ALIASES)) delete UNIT_ALIASES[k as CanonicalUnit];
  for (const [unit, accepts] of table.canonicalAliases) UNIT_ALIASES[unit] = accepts;
  longestFirst = [...table.printed.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

export function lookupPrintedUnit(text: string): PrintedUnit | undefined {
  return active.printed.get(unitKey(text));
}

/** Printed unit keys sorted longest first, so "吨二氧化碳当量/人" wins over "吨". */
export function printedUnitsLongestFirst(): readonly string[] {
  return longestFirst;
}
