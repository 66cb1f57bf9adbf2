/** Resolves an observation id from the URL, including normalised (derived-in-app) ones. */
import type { Caveat, Metric, Observation } from '../../model/schema';
import { normalise } from '../../shared/normalise';

export function findObservation(
  id: string,
  observations: Observation[],
  metrics: Metric[],
  caveats: Caveat[],
): Observation | undefined {
  const direct = observations.find((o) => o.id === id);
  if (direct) return direct;
  const m = /^norm:(per_employee|per_revenue):(.+)$/.exec(id);
  if (!m) return undefined;
  const base = observations.find((o) => o.id === m[2]);
  const metric = metrics.find((x) => x.id === base?.metric);
  if (!base || !metric) return undefined;
  return normalise(m[1] as 'per_employee' | 'per_revenue', metric, observations, caveats).observations.find((o) => o.id === id);
}
