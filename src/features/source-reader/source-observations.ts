/** Picks the observations that point into one seed and gives them the labels the reader shows. */
import type { Observation } from '../../model/schema';
import type { SourceObservation } from './source-model';

export type ObservationLabels = Pick<SourceObservation, 'metricName' | 'periodLabel' | 'valueLabel' | 'note'>;

export function observationsInSource(
  sourceId: string,
  observations: Observation[],
  labels: (o: Observation) => ObservationLabels,
): SourceObservation[] {
  return observations
    .filter((o) => [...o.provenance, ...(o.corroborations ?? [])].some((p) => p.source === sourceId))
    .map((o) => ({
      id: o.id,
      status: o.status,
      provenance: o.provenance,
      corroborations: o.corroborations,
      ...labels(o),
    }));
}
