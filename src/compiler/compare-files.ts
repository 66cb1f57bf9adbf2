/**
 * The compare page's own files, cut from the full datasets so the first view
 * loads only what it draws: an index (companies, years, how many metrics per
 * group, the normalisations the page offers, the default peer set, and the default
 * first view's core files) and, per part (core, rest), a file of its metrics (with
 * the normalisations each offers) and one file per company. A part holds the
 * company's observations of its metrics and of their alternates (a core card
 * shows the nearest disclosure beside it), the caveats those carry and the
 * refusals, each observation cut to what its card prints (cardObservationSchema).
 * The full datasets stay the reference; these are verified subsets.
 */
import {
  SCHEMA_VERSION,
  cardCaveatSchema,
  cardObservationSchema,
  compareShardSchema,
  partMetricsFileSchema,
  type Caveat,
  type Company,
  type CompareIndex,
  type ComparePart,
  type CompareShard,
  type Metric,
  type PartMetrics,
  type Observation,
  type Per,
  type Refusal,
} from '../model/schema';
import { buildCardModel } from '../model/card-model';
import { METRIC_GROUPS, PERS } from '../model/enums';
import { indexObservations } from '../model/observation-index';
import { observationId } from '../model/observation-id';

/** Most companies charted side by side when no peer set is chosen: more bars than this do not read on a phone. */
export const DEFAULT_PEER_COUNT = 4;

export interface CompareSource {
  observations: Observation[];
  metrics: Metric[];
  companies: Company[];
  caveats: Caveat[];
  refusals: Refusal[];
}

export interface CompareFiles {
  /** The index without its part file names (emit adds them once the files are written). */
  index: Omit<CompareIndex, 'parts'>;
  metrics: Record<ComparePart, PartMetrics>;
  shards: Record<ComparePart, CompareShard[]>;
}

const PARTS: ComparePart[] = ['core', 'rest'];

export function compareFiles(d: CompareSource): CompareFiles {
  const partOf = (m: Metric): ComparePart => (m.core ? 'core' : 'rest');
  const partMetrics = (part: ComparePart) => d.metrics.filter((m) => partOf(m) === part);
  const caveats = new Map(d.caveats.map((c) => [c.id, c]));

  const byCompany = new Map<string, Observation[]>();
  for (const o of d.observations) {
    let list = byCompany.get(o.company);
    if (!list) byCompany.set(o.company, (list = []));
    list.push(o);
  }

  const withPer = new Set([...d.observations, ...d.refusals].flatMap((o) => (o.per ? [`${o.metric}\u0000${o.per}`] : [])));
  const offered: Record<string, Per[]> = {};
  for (const m of d.metrics) {
    const on = m.normaliseBy.filter((per) => withPer.has(`${m.id}\u0000${per}`));
    if (on.length) offered[m.id] = on;
  }

  const shards = {} as CompareFiles['shards'];
  const metricFiles = {} as CompareFiles['metrics'];
  for (const part of PARTS) {
    const metrics = partMetrics(part);
    const own = new Set(metrics.map((m) => m.id));
    const wanted = new Set([...own, ...metrics.flatMap((m) => m.alternates)]);
    metricFiles[part] = partMetricsFileSchema.parse({
      metrics,
      alternates: d.metrics.filter((m) => wanted.has(m.id) && !own.has(m.id)),
      offered: Object.fromEntries(metrics.flatMap((m) => (offered[m.id] ? [[m.id, offered[m.id]]] : []))),
    });
    shards[part] = d.companies.map((c) => {
      const observations = (byCompany.get(c.id) ?? []).filter((o) => wanted.has(o.metric));
      const caveatIds = [...new Set(observations.flatMap((o) => o.caveats))].sort();
      return compareShardSchema.parse({
        company: c.id,
        part,
        observations: observations.map((o) =>
          cardObservationSchema.parse({
            ...o,
            provenance: o.provenance.map(({ source, line, lineEnd }) => ({ source, line, lineEnd })),
            derivation: o.derivation && { op: o.derivation.op },
            // a card prints the note of a typed gap only; the English-only note where no bilingual one supersedes it
            notes: o.value === null ? o.notes : undefined,
            note: o.value === null && !o.notes ? o.note : undefined,
          }),
        ),
        caveats: caveatIds.map((id) => cardCaveatSchema.parse(caveats.get(id))),
        refusals: d.refusals.filter((r) => r.company === c.id && own.has(r.metric)),
      });
    });
  }

  const years = [...new Set(d.observations.map((o) => o.period.match(/\d{4}/)![0]))].sort().reverse();
  const defaultPeers = d.companies.slice(0, DEFAULT_PEER_COUNT);
  const groups = METRIC_GROUPS.map((group) => ({
    group,
    count: partMetrics('rest').filter((m) => m.group === group).length,
  })).filter((g) => g.count > 0);

  return {
    index: {
      schemaVersion: SCHEMA_VERSION,
      companies: d.companies,
      defaultPeers: defaultPeers.map((c) => c.id),
      years,
      metricCount: d.metrics.length,
      groups,
      pageModes: PERS.filter((per) => Object.values(offered).some((on) => on.includes(per))),
      defaultGrades: defaultGrades(shards, defaultPeers, d.metrics, offered),
      firstView: {
        metrics: metricFiles.core,
        shards: defaultPeers.map((c) => shards.core.find((s) => s.company === c.id)!),
      },
    },
    metrics: metricFiles,
    shards,
  };
}

/**
 * The grades the compare page's cards show for the default peer set over every year, counted:
 * graded by the app's own card model on what the app holds once every part has loaded (each
 * default peer's files of both parts, an observation found in both once).
 */
function defaultGrades(
  shards: CompareFiles['shards'],
  peers: Company[],
  metrics: Metric[],
  offered: Record<string, Per[]>,
): CompareIndex['defaultGrades'] {
  const ids = new Set(peers.map((c) => c.id));
  const held = PARTS.flatMap((part) => shards[part].filter((s) => ids.has(s.company)));
  // as the app restores them: each observation with its file's company and its id
  const restored = held.flatMap((s) => s.observations.map((o) => ({ ...o, company: s.company })));
  const observations = [...new Map(restored.map((o) => [observationId(o), { ...o, id: observationId(o) }] as const)).values()];
  const input = {
    index: indexObservations(observations),
    companies: peers,
    caveats: new Map(held.flatMap((s) => s.caveats.map((c) => [c.id, c] as const))),
    metrics: new Map(metrics.map((m) => [m.id, m])),
    offered,
    refusals: held.flatMap((s) => s.refusals),
  };
  const counts = { comparable: 0, comparable_with_caveats: 0, not_comparable: 0 };
  for (const metric of metrics) counts[buildCardModel({ ...input, metric }).grade]++;
  return counts;
}
