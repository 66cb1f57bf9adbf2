/** Plain objects for card-model and card tests: two or three companies, one metric, normalised values per the schema-v2 contract. */
import type { Caveat, Company, Metric, Observation, Refusal } from '../../src/model/schema';
import { indexObservations } from '../../src/model/observation-index';
import type { CardInput } from '../../src/model/card-model';

export const companies: Company[] = [
  { id: 'alpha', nameZh: '甲公司', nameEn: 'Alpha Ltd', shortZh: '甲', shortEn: 'Alpha', color: '#1f77b4' },
  { id: 'beta', nameZh: '乙公司', nameEn: 'Beta Ltd', shortZh: '乙', shortEn: 'Beta', color: '#d62728' },
  { id: 'gamma', nameZh: '丙公司', nameEn: 'Gamma Ltd', shortZh: '丙', shortEn: 'Gamma', color: '#2ca02c' },
];

export const metric: Metric = {
  id: 'ghg',
  nameZh: '温室气体排放',
  nameEn: 'GHG emissions',
  definitionZh: '定义',
  definitionEn: 'Definition',
  pillar: 'E',
  group: 'environment',
  unit: 'tCO2e',
  basis: 'annual',
  better: 'lower',
  core: true,
  normalisable: true,
  normaliseBy: ['employee', 'revenue'],
  alternates: [],
  crosswalk: { hkex: [], gri: [], sasb: [] },
};

export const caveat: Caveat = {
  id: 'boundary',
  grade: 'comparable_with_caveats',
  textZh: '仅含总部',
  textEn: 'Head office only',
  blocksNormalisation: true,
  citations: [{ source: 's.txt', line: 1, quote: 'q', role: 'context' }],
};

const prov = [{ source: 's.txt', line: 3, quote: '排放 1,570.8', figure: '1,570.8', role: 'value' as const }];

function obs(p: Partial<Observation> & Pick<Observation, 'id' | 'company' | 'value'>): Observation {
  return {
    metric: 'ghg',
    period: 'FY2022',
    basis: 'annual',
    unit: 'tCO2e',
    qualifier: 'exact',
    status: p.value === null ? 'not_disclosed' : 'reported',
    provenance: p.value === null ? [] : prov,
    caveats: [],
    rule: 'r',
    ...p,
  };
}

const ratio = (num: number, den: number) => ({
  op: 'ratio' as const,
  formula: 'ghg / employees_total',
  inputs: [
    { company: 'alpha', metric: 'ghg', period: 'FY2022', value: num, provenance: prov },
    { company: 'alpha', metric: 'employees_total', period: 'FY2022', value: den, provenance: prov },
  ],
});

export const observations: Observation[] = [
  obs({ id: 'a', company: 'alpha', value: 21.5, qualifier: 'about' }),
  obs({ id: 'b', company: 'beta', value: 1570.8, caveats: ['boundary'] }),
  obs({
    id: 'c',
    company: 'gamma',
    value: null,
    notes: { zh: '报告未提及排放。', en: 'The report does not mention emissions.' },
  }),
  obs({
    id: 'a-per',
    company: 'alpha',
    value: 0.0043,
    qualifier: 'about',
    status: 'derived',
    per: 'employee',
    derivation: ratio(21.5, 5000),
  }),
];

export const refusals: Refusal[] = [
  {
    company: 'beta',
    metric: 'ghg',
    period: 'FY2022',
    per: 'employee',
    reason: {
      zh: '排放范围仅含总部，不能除以全集团人数。',
      en: 'Emissions cover the head office only; dividing by group headcount would mix boundaries.',
    },
  },
];

export function cardInput(over: Partial<CardInput> = {}): CardInput {
  return {
    metric,
    index: indexObservations(observations),
    companies,
    caveats: new Map([[caveat.id, caveat]]),
    metrics: new Map([[metric.id, metric]]),
    offered: {
      [metric.id]: metric.normaliseBy.filter(
        (per) =>
          observations.some((o) => o.metric === metric.id && o.per === per) ||
          refusals.some((r) => r.metric === metric.id && r.per === per),
      ),
    },
    refusals,
    ...over,
  };
}
