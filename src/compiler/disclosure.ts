/**
 * The disclosure matrix: per company × metric, the best status found and the
 * periods with a usable value. Raters read it to spot disclosure gaps.
 */
import type { DisclosureCell, Observation, Status } from '../model/schema';

const RANK: Status[] = ['reported', 'derived', 'garbled', 'claimed_not_found', 'not_applicable', 'not_disclosed'];

export function disclosureMatrix(observations: Observation[], companies: string[], metrics: string[]): DisclosureCell[] {
  const cells: DisclosureCell[] = [];
  // one pass over the observations, then one lookup per cell: linear in the corpus
  const byCell = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = `${o.company}\u0000${o.metric}`;
    const own = byCell.get(key);
    if (own) own.push(o);
    else byCell.set(key, [o]);
  }
  for (const company of companies) {
    for (const metric of metrics) {
      const own = byCell.get(`${company}\u0000${metric}`) ?? [];
      const status = RANK.find((s) => own.some((o) => o.status === s)) ?? 'not_disclosed';
      const periods = [...new Set(own.filter((o) => o.value !== null).map((o) => o.period))].sort();
      cells.push({ company, metric, status, periods });
    }
  }
  return cells;
}
