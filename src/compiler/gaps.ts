/**
 * Typed gaps: declared ones from data/gaps/*.json (not applicable, claimed in an
 * index but absent, not disclosed with a note), then a not_disclosed observation
 * for every catalogue metric × company that no rule, table row or gap covers.
 */
import type { Inputs } from './load-inputs';
import { CompileError } from './errors';
import { resolveCitation } from './citations';
import { observationId } from '../model/observation-id';
import type { Observation } from '../model/schema';

export function declaredGaps(inputs: Inputs, caveatIds: Set<string>): Observation[] {
  const metrics = new Map(inputs.metrics.map((m) => [m.id, m]));
  const companies = new Set(inputs.companies.map((c) => c.id));
  return inputs.gaps.flatMap(({ file, gaps }) =>
    gaps.map((g, i) => {
      const rule = `gap:${g.company}:${g.metric}`;
      const where = { file, rule: `${file}#${i}` };
      const metric = metrics.get(g.metric);
      if (!metric) throw new CompileError(where, `unknown metric ${JSON.stringify(g.metric)}`);
      if (!companies.has(g.company)) throw new CompileError(where, `unknown company ${JSON.stringify(g.company)}`);
      if (g.status === 'claimed_not_found' && g.evidence.length === 0) {
        throw new CompileError(where, 'claimed_not_found needs evidence: the index entry that claims the data');
      }
      for (const c of g.caveats) if (!caveatIds.has(c)) throw new CompileError(where, `unknown caveat ${JSON.stringify(c)}`);
      return {
        id: observationId({ company: g.company, metric: g.metric, period: g.period, rule }),
        company: g.company,
        metric: g.metric,
        period: g.period,
        basis: metric.basis,
        value: null,
        unit: metric.unit,
        qualifier: 'exact' as const,
        status: g.status,
        provenance: g.evidence.map((e) => resolveCitation(e, inputs.seeds, where, 'index_claim')),
        caveats: g.caveats,
        rule,
        note: g.note,
        ...(g.noteZh ? { notes: { zh: g.noteZh, en: g.note } } : {}),
      };
    }),
  );
}

export function fillUndisclosed(inputs: Inputs, observations: Observation[]): Observation[] {
  const covered = new Set(observations.map((o) => `${o.company}:${o.metric}`));
  const filled: Observation[] = [];
  for (const company of inputs.companies) {
    const sources = inputs.sources.filter((s) => s.company === company.id).map((s) => s.id);
    const latest = inputs.sources
      .filter((s) => s.company === company.id && s.kind === 'esg_report')
      .map((s) => s.date.slice(0, 4))
      .sort()
      .at(-1);
    for (const metric of inputs.metrics) {
      if (covered.has(`${company.id}:${metric.id}`)) continue;
      const period = latest ? `FY${latest}` : 'FY2022';
      const rule = 'auto:not_disclosed';
      filled.push({
        id: observationId({ company: company.id, metric: metric.id, period, rule }),
        company: company.id,
        metric: metric.id,
        period,
        basis: metric.basis,
        value: null,
        unit: metric.unit,
        qualifier: 'exact',
        status: 'not_disclosed',
        provenance: [],
        caveats: [],
        rule,
        note: `No figure for this metric in ${company.shortEn}'s sources (${sources.join(', ')}).`,
        notes: {
          zh: `${company.shortZh}的资料（${sources.join('、')}）中没有该指标的数字。`,
          en: `No figure for this metric in ${company.shortEn}'s sources (${sources.join(', ')}).`,
        },
      });
    }
  }
  return filled;
}
