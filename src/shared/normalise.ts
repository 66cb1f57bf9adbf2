/**
 * Normalisation for the compare view: per employee, or per 亿元 of revenue.
 * The result is a derived observation carrying both inputs' provenance and
 * caveats. A division that would mix boundaries, or use a denominator graded
 * not comparable, is refused with the reason instead of being computed.
 */
import type { Caveat, Metric, Observation } from '../model/schema';
import type { Normalisation } from './ui-store';

export interface Refusal {
  company: string;
  period: string;
  reasonZh: string;
  reasonEn: string;
}

const DENOMINATOR = { per_employee: 'employees_total', per_revenue: 'revenue' } as const;
const REVENUE_UNIT = 1e8; // 亿元

export function normalisedId(mode: Normalisation, observationId: string): string {
  return `norm:${mode}:${observationId}`;
}

function sameYear(numPeriod: string, denPeriod: string): boolean {
  if (!numPeriod.startsWith('FY')) return false;
  const year = numPeriod.slice(2);
  return denPeriod === numPeriod || denPeriod === `${year}-12`;
}

export function normalise(
  mode: Exclude<Normalisation, 'absolute'>,
  metric: Metric,
  observations: Observation[],
  caveats: Caveat[],
): { observations: Observation[]; refusals: Refusal[] } {
  const caveatById = new Map(caveats.map((c) => [c.id, c]));
  const denMetric = DENOMINATOR[mode];
  const out: Observation[] = [];
  const refusals: Refusal[] = [];
  for (const num of observations) {
    if (num.metric !== metric.id) continue;
    if (num.value === null) {
      out.push(num); // typed gaps stay visible as they are
      continue;
    }
    const refuse = (reasonZh: string, reasonEn: string) =>
      refusals.push({ company: num.company, period: num.period, reasonZh, reasonEn });
    const blocking = num.caveats.map((id) => caveatById.get(id)).find((c) => c?.blocksNormalisation);
    if (blocking) {
      refuse(
        `该数值的统计范围与全公司不同：${blocking.textZh}`,
        `This value's boundary is not the whole company's: ${blocking.textEn}`,
      );
      continue;
    }
    if (num.basis === 'cumulative' || !num.period.startsWith('FY')) {
      refuse('累计或时点数值不能按年度分母换算。', 'A cumulative or as-of figure cannot be divided by an annual denominator.');
      continue;
    }
    const den = observations.find(
      (o) => o.company === num.company && o.metric === denMetric && o.value !== null && sameYear(num.period, o.period),
    );
    if (!den || !den.value) {
      refuse(
        `缺少同期分母（${denMetric}）。`,
        `No ${denMetric === 'revenue' ? 'revenue' : 'headcount'} for the same period to divide by.`,
      );
      continue;
    }
    const blockingDen = den.caveats.map((id) => caveatById.get(id)).find((c) => c?.grade === 'not_comparable');
    if (blockingDen) {
      refuse(`分母不可比：${blockingDen.textZh}`, `The denominator is not comparable: ${blockingDen.textEn}`);
      continue;
    }
    const divisor = mode === 'per_revenue' ? den.value / REVENUE_UNIT : den.value;
    out.push({
      ...num,
      id: normalisedId(mode, num.id),
      value: Number((num.value / divisor).toPrecision(10)),
      status: 'derived',
      qualifier: num.qualifier === 'exact' && den.qualifier === 'exact' ? 'exact' : 'about',
      provenance: [],
      caveats: [...new Set([...num.caveats, ...den.caveats])],
      derivation: {
        op: 'ratio',
        formula: mode === 'per_revenue' ? `${metric.id} / (revenue / 100,000,000)` : `${metric.id} / employees_total`,
        inputs: [num, den].map((o) => ({
          company: o.company,
          metric: o.metric,
          period: o.period,
          value: o.value!,
          provenance: o.provenance,
        })),
      },
    });
  }
  return { observations: out, refusals };
}
