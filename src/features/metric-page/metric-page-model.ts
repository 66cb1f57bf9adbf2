/**
 * Plain data for the metric page: one metric's observations grouped by company
 * in date order, caveats numbered in order of first use, typed gaps and conflicts.
 */
import type { Caveat, Company, Conflict, Observation } from '../../model/schema';
import { comparePeriods } from '../../shared/format/period';

export interface CompanySeries {
  company: Company;
  observations: Observation[];
}

export interface MetricPageModel {
  series: CompanySeries[];
  /** Caveats used by these observations or their conflicts, numbered 1… in order of first use. */
  caveats: { n: number; caveat: Caveat }[];
  caveatNumber: Map<string, number>;
  gaps: Observation[];
  conflicts: Conflict[];
  /** Values the compiler normalised (per employee / revenue), by company then date. */
  normalised: Observation[];
}

const GAP_STATUSES = new Set(['not_disclosed', 'not_applicable', 'claimed_not_found', 'garbled']);

export function metricPageModel(
  metricId: string,
  companies: Company[],
  observations: Observation[],
  conflicts: Conflict[],
  caveats: Caveat[],
): MetricPageModel {
  // normalised values (per employee / revenue) belong to the compare view's modes, not this base series
  const own = observations.filter((o) => o.metric === metricId && o.per === undefined);
  const series = companies.map((company) => ({
    company,
    observations: own
      .filter((o) => o.company === company.id)
      .sort((a, b) => comparePeriods(a.period, b.period) || a.id.localeCompare(b.id)),
  }));
  const byId = new Map(caveats.map((c) => [c.id, c]));
  const caveatNumber = new Map<string, number>();
  const numbered: { n: number; caveat: Caveat }[] = [];
  for (const { observations: list } of series) {
    for (const o of list) {
      for (const id of o.caveats) {
        const caveat = byId.get(id);
        if (!caveat || caveatNumber.has(id)) continue;
        caveatNumber.set(id, numbered.length + 1);
        numbered.push({ n: numbered.length + 1, caveat });
      }
    }
  }
  return {
    series,
    caveats: numbered,
    caveatNumber,
    gaps: series.flatMap((s) => s.observations.filter((o) => GAP_STATUSES.has(o.status))),
    conflicts: conflicts.filter((c) => c.metric === metricId),
    normalised: companies.flatMap((company) =>
      observations
        .filter((o) => o.metric === metricId && o.per !== undefined && o.company === company.id)
        .sort((a, b) => a.per!.localeCompare(b.per!) || comparePeriods(a.period, b.period) || a.id.localeCompare(b.id)),
    ),
  };
}
