/**
 * Observations indexed once per loaded dataset (memoised on the array), so
 * components look values up instead of filtering the whole list each render.
 */
import type { CardObservation } from './schema';
import { comparePeriods } from './periods';

/** Indexes full observations or the compare page's card observations alike. */
export interface ObservationIndex<Observation extends CardObservation = CardObservation> {
  byId: Map<string, Observation>;
  /** Absolute (not normalised) observations of one company and metric, oldest first. */
  of: (company: string, metric: string) => Observation[];
  /** Normalised observations (`per` set) of one company and metric, oldest first. */
  perOf: (company: string, metric: string, per: string) => Observation[];
}

const cache = new WeakMap<CardObservation[], ObservationIndex<CardObservation>>();
const EMPTY: never[] = [];

export function indexObservations<Observation extends CardObservation>(
  observations: Observation[],
): ObservationIndex<Observation> {
  const hit = cache.get(observations) as ObservationIndex<Observation> | undefined;
  if (hit) return hit;
  const byId = new Map<string, Observation>();
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    byId.set(o.id, o);
    const key = `${o.company}\u0000${o.metric}\u0000${o.per ?? ''}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(o);
  }
  for (const list of groups.values()) list.sort((a, b) => comparePeriods(a.period, b.period));
  const index: ObservationIndex<Observation> = {
    byId,
    of: (c, m) => groups.get(`${c}\u0000${m}\u0000`) ?? EMPTY,
    perOf: (c, m, per) => groups.get(`${c}\u0000${m}\u0000${per}`) ?? EMPTY,
  };
  cache.set(observations, index);
  return index;
}
