// @vitest-environment node
import './with-vocabulary';
import { assembleObservation } from '../../src/compiler/assemble';
import { observationId } from '../../src/model/observation-id';
import type { Warning } from '../../src/compiler/errors';
import type { ExtractedFigure } from '../../src/compiler/extracted';
import { printedUnitsLongestFirst, UNIT_ALIASES, lookupPrintedUnit, normaliseUnitText } from '../../src/model/units';
import { metricSchema, observationSchema, type Metric } from '../../src/model/schema';
import { thrownCompileError } from './compile-error';

function metric(id: string, unit: Metric['unit'], basis: Metric['basis'] = 'annual'): Metric {
  return metricSchema.parse({
    id,
    nameZh: id,
    nameEn: id,
    definitionZh: 'd',
    definitionEn: 'd',
    pillar: 'financial',
    group: 'financial',
    unit,
    basis,
    better: 'higher',
    crosswalk: {},
  });
}

const metrics = new Map(
  [
    metric('rd_expense', 'CNY'),
    metric('total_assets', 'CNY', 'point_in_time'),
    metric('ghg_avoided_cumulative', 'tCO2e', 'cumulative'),
    metric('ghg_scope12', 'tCO2e'),
    metric('electricity', 'MWh'),
    metric('water', 't'),
    metric('users_served_cumulative', 'person_times', 'cumulative'),
    metric('employees_total', 'persons', 'point_in_time'),
    metric('patent_applications_cumulative', 'count', 'cumulative'),
    metric('electricity_yoy_change', 'percent', 'ratio'),
  ].map((m) => [m.id, m]),
);
const caveatIds = new Set(['known_caveat']);

function figure(over: Partial<ExtractedFigure>): ExtractedFigure {
  const printed = over.printed ?? '1';
  const printedUnit = over.printedUnit ?? '元';
  return {
    ruleId: 'r1',
    source: 's.txt',
    company: 'acme',
    metric: 'rd_expense',
    period: 'FY2022',
    printed,
    printedUnit,
    qualifier: 'exact',
    provenance: [
      { source: 's.txt', line: 3, quote: `x ${printed} ${printedUnit}`, figure: printed, unit: printedUnit, role: 'value' },
    ],
    caveats: [],
    line: 3,
    ...over,
  };
}

function assemble(over: Partial<ExtractedFigure>, warnings: Warning[] = []) {
  const o = assembleObservation(figure(over), metrics, caveatIds, warnings);
  expect(observationSchema.safeParse(o).success).toBe(true);
  return o;
}

const thrown = thrownCompileError;

describe('printed units (src/model/units.ts)', () => {
  it('maps printed units to a canonical unit and scale', () => {
    expect(lookupPrintedUnit('万元')).toEqual({ unit: 'CNY', scale: 1e4 });
    expect(lookupPrintedUnit('亿元')).toEqual({ unit: 'CNY', scale: 1e8 });
    expect(lookupPrintedUnit('万吨')).toEqual({ unit: 't', scale: 1e4 });
    expect(lookupPrintedUnit('兆瓦时')).toEqual({ unit: 'MWh', scale: 1 });
    expect(lookupPrintedUnit('万人次')).toEqual({ unit: 'person_times', scale: 1e4 });
    expect(lookupPrintedUnit('吨二氧化碳当量 / 人')).toEqual({ unit: 'tCO2e_per_person', scale: 1 });
    expect(lookupPrintedUnit('万亿元')).toBeUndefined();
    expect(normaliseUnitText(' 吨 /\n人 ')).toBe('吨/人');
  });

  it('lists longer units before the units they end with', () => {
    const at = (u: string) => printedUnitsLongestFirst().indexOf(u);
    expect(at('吨二氧化碳当量/人')).toBeLessThan(at('吨二氧化碳当量'));
    expect(at('吨/人')).toBeLessThan(at('人'));
    expect(at('万人次')).toBeLessThan(at('人次'));
    expect(at('万元')).toBeLessThan(at('元'));
    expect(UNIT_ALIASES.tCO2e).toEqual(['t']);
  });
});

describe('assembleObservation', () => {
  it('scales 万元 by 1e4', () => {
    const o = assemble({ printed: '49,148.4', printedUnit: '万元' });
    expect(o).toMatchObject({
      value: 491484000,
      unit: 'CNY',
      status: 'reported',
      basis: 'annual',
      id: 'acme:rd_expense:FY2022:r1',
    });
  });

  it('scales 亿元 by 1e8', () => {
    expect(assemble({ metric: 'total_assets', printed: '665.10', printedUnit: '亿元' })).toMatchObject({
      value: 66510000000,
      basis: 'point_in_time',
    });
    expect(assemble({ printed: '1.16', printedUnit: '亿元' }).value).toBe(116000000);
  });

  it('accepts 万吨 (t ×1e4) for a tCO2e metric through the alias', () => {
    expect(assemble({ metric: 'ghg_avoided_cumulative', printed: '137.09', printedUnit: '万吨' })).toMatchObject({
      value: 1370900,
      unit: 'tCO2e',
    });
  });

  it('reads 兆瓦时 as MWh and 万人次 as person-times ×1e4', () => {
    expect(assemble({ metric: 'electricity', printed: '10,055.6', printedUnit: '兆瓦时' })).toMatchObject({
      value: 10055.6,
      unit: 'MWh',
    });
    expect(assemble({ metric: 'users_served_cumulative', printed: '42', printedUnit: '万人次' })).toMatchObject({
      value: 420000,
      unit: 'person_times',
    });
  });

  it('fails on an unknown unit', () => {
    const e = thrown(() => assembleObservation(figure({ printed: '3', printedUnit: '万亿元' }), metrics, caveatIds, []));
    expect(e.message).toContain('unknown unit "万亿元"');
    expect(e.message).toContain('seeds/s.txt:3 [rule r1]');
  });

  it('fails on a unit of the wrong dimension for the metric', () => {
    expect(
      thrown(() => assembleObservation(figure({ printed: '2785', printedUnit: '人' }), metrics, caveatIds, [])).message,
    ).toContain('unit 人 (persons) does not fit metric rd_expense (CNY)');
    // the alias goes one way only: tCO2e is not accepted for a plain-tonnes metric
    expect(
      thrown(() => assembleObservation(figure({ metric: 'water', printedUnit: '吨二氧化碳当量' }), metrics, caveatIds, []))
        .message,
    ).toContain('does not fit metric water (t)');
    expect(
      thrown(() => assembleObservation(figure({ metric: 'employees_total', printedUnit: '人次' }), metrics, caveatIds, []))
        .message,
    ).toContain('does not fit metric employees_total (persons)');
  });

  it('fails on an unknown metric or caveat', () => {
    expect(thrown(() => assembleObservation(figure({ metric: 'nope' }), metrics, caveatIds, [])).message).toContain(
      'unknown metric "nope"',
    );
    expect(thrown(() => assembleObservation(figure({ caveats: ['missing_caveat'] }), metrics, caveatIds, [])).message).toContain(
      'unknown caveat "missing_caveat"',
    );
    expect(assemble({ caveats: ['known_caveat'] }).caveats).toEqual(['known_caveat']);
  });

  it('turns "—" into a not_disclosed observation', () => {
    const o = assemble({ metric: 'ghg_scope12', printed: '—', printedUnit: '吨二氧化碳当量', period: 'FY2020' });
    expect(o).toMatchObject({ value: null, status: 'not_disclosed' });
    expect(o.note).toContain('The table prints "—" for this year.');
    expect(o.notes?.zh).toContain('表格该年份印为“—”');
  });

  it('marks run-together figures as garbled with the raw text and a warning', () => {
    const warnings: Warning[] = [];
    const o = assemble(
      { metric: 'patent_applications_cumulative', printed: '29003000', printedUnit: '件', qualifier: 'at_least', garbled: true },
      warnings,
    );
    expect(o).toMatchObject({ value: null, status: 'garbled', raw: '29003000' });
    expect(o.note).toContain('plausibly 2900 → 3000 件');
    expect(o.notes?.zh).toContain('可能是 2900 → 3000 件');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('garbled figure "29003000"');
  });

  it('warns about a stray space after the decimal point but reads the value', () => {
    const warnings: Warning[] = [];
    expect(assemble({ printed: '226,638. 2', printedUnit: '万元' }, warnings).value).toBe(2266382000);
    expect(warnings.map((w) => w.message)).toEqual([
      'figure "226,638. 2" has a stray space after the decimal point; read as 226638.2',
    ]);
  });

  it('negates figures with sign -1 and keeps the qualifier', () => {
    expect(assemble({ metric: 'electricity_yoy_change', printed: '6.3', printedUnit: '%', sign: -1 }).value).toBe(-6.3);
    expect(assemble({ printed: '60', printedUnit: '亿元', qualifier: 'at_least' }).qualifier).toBe('at_least');
  });

  it('fails on a figure that does not parse', () => {
    expect(thrown(() => assembleObservation(figure({ printed: '1,23' }), metrics, caveatIds, [])).message).toContain(
      'figure "1,23" does not parse as a number',
    );
  });

  it('builds ids from company, metric, period and rule', () => {
    expect(observationId({ company: 'a', metric: 'm', period: '2022-12', rule: 'r' })).toBe('a:m:2022-12:r');
  });
});
