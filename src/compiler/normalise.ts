/**
 * Compiled normalisation: every value of a metric with `normaliseBy` is divided
 * by the company's same-year denominator (data/normalisations.json: headcount
 * as its metric defines it, revenue) and emitted as an ordinary derived
 * observation (op ratio, inputs [numerator, denominator] with provenance, full
 * precision, `per` set). Where a division would mislead, the compiler emits a
 * refusal with the reason instead: a boundary narrower than the company, a
 * cumulative or as-of figure, no same-year denominator, a denominator graded not
 * comparable. The browser computes none of this.
 */
import type { Inputs } from './load-inputs';
import { CompileError } from './errors';
import { observationId } from '../model/observation-id';
import { derivationInputOf, derivedQualifier } from './derive';
import type { Caveat, Metric, Observation, Per, Refusal } from '../model/schema';

/** The denominator's period for a numerator's: the same fiscal year, or that year's year-end. */
function denominatorPeriods(numPeriod: string): string[] {
  const year = numPeriod.slice(2);
  return [numPeriod, `${year}-12`, `${year}-12-31`];
}

/** Fails the build on a catalogue that asks for a division that means nothing. */
export function checkNormalisations(inputs: Inputs): void {
  const file = 'data/metrics.json';
  const metrics = new Map(inputs.metrics.map((m) => [m.id, m]));
  const pers = new Set<Per>();
  for (const n of inputs.normalisations) {
    const where = { file: 'data/normalisations.json', rule: n.per };
    if (pers.has(n.per)) throw new CompileError(where, `denominator for "${n.per}" declared twice`);
    pers.add(n.per);
    const den = metrics.get(n.denominator);
    if (!den) throw new CompileError(where, `denominator metric ${JSON.stringify(n.denominator)} is not in ${file}`);
    const expected = n.per === 'employee' ? 'persons' : 'CNY';
    if (den.unit !== expected) {
      throw new CompileError(where, `a per-${n.per} denominator must be in ${expected}; ${den.id} is in ${den.unit}`);
    }
    if (den.basis === 'cumulative' || den.basis === 'ratio') {
      throw new CompileError(where, `denominator ${den.id} is a ${den.basis} figure, not a yearly one`);
    }
  }
  for (const m of inputs.metrics) {
    for (const per of m.normaliseBy) {
      const where = { file, rule: m.id };
      const n = inputs.normalisations.find((x) => x.per === per);
      if (!n) throw new CompileError(where, `normaliseBy "${per}" has no denominator in data/normalisations.json`);
      if (n.denominator === m.id) throw new CompileError(where, `${m.id} cannot be normalised by itself (per ${per})`);
      if (m.basis === 'ratio' || m.unit === 'percent' || m.unit.endsWith('_per_person')) {
        throw new CompileError(where, `${m.id} is already a ratio (${m.unit}); normaliseBy must be empty`);
      }
    }
  }
}

function refusalReason(kind: string, zh: string, en: string): { zh: string; en: string; kind: string } {
  return { kind, zh, en };
}

export function normalise(
  inputs: Inputs,
  observations: Observation[],
  caveats: Caveat[],
): { observations: Observation[]; refusals: Refusal[] } {
  checkNormalisations(inputs);
  const caveatById = new Map(caveats.map((c) => [c.id, c]));
  const metrics = new Map(inputs.metrics.map((m) => [m.id, m]));
  const out: Observation[] = [];
  const refusals: Refusal[] = [];
  const base = observations.filter((o) => o.per === undefined && (o.status === 'reported' || o.status === 'derived'));
  // base values by metric and by company × metric, in base order: one pass, then lookups (linear in the corpus)
  const byMetric = new Map<string, Observation[]>();
  const byCompanyMetric = new Map<string, Observation[]>();
  const push = (map: Map<string, Observation[]>, key: string, o: Observation) => {
    const list = map.get(key);
    if (list) list.push(o);
    else map.set(key, [o]);
  };
  for (const o of base) {
    push(byMetric, o.metric, o);
    push(byCompanyMetric, `${o.company}\u0000${o.metric}`, o);
  }

  for (const metric of inputs.metrics) {
    for (const per of metric.normaliseBy) {
      const spec = inputs.normalisations.find((n) => n.per === per)!;
      const denMetric = metrics.get(spec.denominator)!;
      for (const num of byMetric.get(metric.id) ?? []) {
        const candidates = byCompanyMetric.get(`${num.company}\u0000${denMetric.id}`) ?? [];
        const result = normaliseOne(num, metric, denMetric, per, spec, candidates, caveatById);
        if ('reason' in result) {
          refusals.push({ company: num.company, metric: metric.id, period: num.period, per, reason: result.reason });
        } else out.push(result.observation);
      }
    }
  }
  refusals.sort(
    (a, b) =>
      a.company.localeCompare(b.company) ||
      a.metric.localeCompare(b.metric) ||
      a.period.localeCompare(b.period) ||
      a.per.localeCompare(b.per),
  );
  // One refusal per company, metric, period and denominator (two sources may state the same figure).
  const unique = refusals.filter(
    (r, i) =>
      i === 0 ||
      !(
        r.company === refusals[i - 1]!.company &&
        r.metric === refusals[i - 1]!.metric &&
        r.period === refusals[i - 1]!.period &&
        r.per === refusals[i - 1]!.per
      ),
  );
  return { observations: out, refusals: unique };
}

function normaliseOne(
  num: Observation,
  metric: Metric,
  denMetric: Metric,
  per: Per,
  spec: Inputs['normalisations'][number],
  /** the company's base values of the denominator metric */
  candidates: Observation[],
  caveatById: Map<string, Caveat>,
): { observation: Observation } | { reason: { zh: string; en: string } } {
  const refuse = (r: ReturnType<typeof refusalReason>) => ({ reason: { zh: r.zh, en: r.en } });
  const blocking = num.caveats.map((id) => caveatById.get(id)).find((c) => c?.blocksNormalisation);
  if (blocking) {
    return refuse(
      refusalReason(
        'boundary',
        `该数值的统计范围与全公司不同，除以全公司${denMetric.nameZh}会混用口径：${blocking.textZh}`,
        `This value's boundary is not the whole company's, so dividing it by company-wide ${denMetric.nameEn.toLowerCase()} would mix boundaries: ${blocking.textEn}`,
      ),
    );
  }
  if (num.basis === 'cumulative' || !num.period.startsWith('FY')) {
    return refuse(
      refusalReason(
        'cumulative',
        `累计数或截至某日的时点数不能除以单一年度的${denMetric.nameZh}。`,
        `A cumulative or as-of figure cannot be divided by one year's ${denMetric.nameEn.toLowerCase()}.`,
      ),
    );
  }
  const periods = denominatorPeriods(num.period);
  const dens = candidates.filter((o) => periods.includes(o.period));
  const year = num.period.slice(2);
  if (dens.length === 0) {
    return refuse(
      refusalReason(
        'missing',
        `该公司未披露 ${year} 年${denMetric.nameZh}（按本指标定义），无法换算。`,
        `No ${year} ${denMetric.nameEn.toLowerCase()} for this company (as the metric defines it) to divide by.`,
      ),
    );
  }
  const values = [...new Set(dens.map((d) => d.value))];
  if (values.length > 1) {
    return refuse(
      refusalReason(
        'ambiguous',
        `${year} 年${denMetric.nameZh}有多个不同数值（${values.join('、')}），无法确定分母。`,
        `The sources give ${values.length} different ${year} values for ${denMetric.nameEn.toLowerCase()} (${values.join(', ')}); no single denominator.`,
      ),
    );
  }
  const den = [...dens].sort((a, b) => a.period.length - b.period.length || a.rule.localeCompare(b.rule))[0]!;
  if (den.value === 0) {
    return refuse(
      refusalReason('zero', `${year} 年${denMetric.nameZh}为零。`, `The ${year} ${denMetric.nameEn.toLowerCase()} is zero.`),
    );
  }
  const badDen = den.caveats.map((id) => caveatById.get(id)).find((c) => c?.grade === 'not_comparable' || c?.blocksNormalisation);
  if (badDen) {
    return refuse(
      refusalReason(
        'denominator',
        `分母（${denMetric.nameZh}）不可比：${badDen.textZh}`,
        `The denominator (${denMetric.nameEn.toLowerCase()}) is not comparable: ${badDen.textEn}`,
      ),
    );
  }
  const rule = `normalise:${per}:${num.rule}`;
  const formula = `${num.metric}[${num.period}] / ${den.metric}[${den.period}]`;
  const noteEn = `${metric.nameEn} ${spec.nameEn}: ${spec.noteEn}`;
  const noteZh = `${metric.nameZh}（${spec.nameZh}）：${spec.noteZh}`;
  const observation: Observation = {
    id: observationId({ company: num.company, metric: num.metric, period: num.period, rule }),
    company: num.company,
    metric: num.metric,
    period: num.period,
    basis: num.basis,
    value: num.value! / den.value!,
    unit: num.unit,
    qualifier: derivedQualifier('ratio', [num.qualifier, den.qualifier]),
    status: 'derived',
    provenance: [],
    caveats: [...new Set([...num.caveats, ...den.caveats])],
    rule,
    note: noteEn,
    notes: { zh: noteZh, en: noteEn },
    per,
    derivation: { op: 'ratio', formula, inputs: [derivationInputOf(num), derivationInputOf(den)] },
  };
  return { observation };
}
