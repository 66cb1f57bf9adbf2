/**
 * The disclosure matrix: per company × metric, the best status found and the
 * periods with a usable value. Raters read it to spot disclosure gaps.
 */
import type { DisclosureCell, Observation, Status } from '../model/schema';

const RANK: Status[] = ['reported', 'derived', 'garbled', 'claimed_not_found', 'not_applicable', 'not_disclosed'];

export function disclosureMatrix(observations: Observation[], companies: string[], metrics: string[]): DisclosureCell[] {
  const cells: DisclosureCell[] = [];
  for (const company of companies) {
    for (const metric of metrics) {
      const own = observations.filter((o) => o.company === company && o.metric === metric);
      const status = RANK.find((s) => own.some((o) => o.status === s)) ?? 'not_disclosed';
      const periods = [...new Set(own.filter((o) => o.value !== null).map((o) => o.period))].sort();
      cells.push({ company, metric, status, periods });
    }
  }
  return cells;
}
