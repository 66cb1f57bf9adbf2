/**
 * Builds what one metric card shows from plain data: per-company values and
 * typed gaps, chart rows, numbered footnotes, a comparability grade with the
 * reason, not-comparable alternates, and the normalisation modes on offer.
 * The grade and footnotes come from the absolute values, so a refused or
 * partial normalisation never changes the card's verdict. Pure: tests pass objects.
 * In the model because both wings use it: the app draws cards with it, and the compiler
 * grades the default peer set's cards with it for the compare page's headline.
 */
import type {
  Bilingual,
  CardCaveat as Caveat,
  CardMetric,
  CardObservation as Observation,
  Company,
  Grade,
  Metric,
  Per,
  Refusal,
} from './schema';
import type { ObservationIndex } from './observation-index';
import { comparePeriods, periodYear } from './periods';

/** A card's mode: absolute values, or normalised per employee or per revenue. */
export type Mode = 'absolute' | Per;

export interface Footnote {
  n: number;
  caveat: Caveat;
}

export interface CompanyLine {
  company: Company;
  /** Observations with a value in the card's mode, oldest first. */
  values: Observation[];
  /** Observations without a value (typed gaps, garbled figures). */
  gaps: Observation[];
  /** Values of an alternate metric, shown beside the card as not comparable. */
  alternates: { metric: CardMetric; observations: Observation[] }[];
}

export type GradeReason =
  | { kind: 'caveat'; caveat: Caveat }
  | { kind: 'single'; company: Company | null }
  | { kind: 'alternate'; company: Company; metric: CardMetric };

/** Refusals sharing one reason, said once with the companies and periods it covers. */
export interface RefusalGroup {
  reason: Bilingual;
  items: { company: Company; period: string }[];
}

export interface CardModel<M extends CardMetric = Metric> {
  metric: M;
  mode: Mode;
  lines: CompanyLine[];
  periods: string[];
  chartKind: 'bars' | 'points' | 'none';
  footnotes: Footnote[];
  footnoteOf: Map<string, number>;
  grade: Grade;
  reasons: GradeReason[];
  refusals: RefusalGroup[];
  /** Largest over smallest positive value shown: a hint to offer a log scale. */
  spread: number;
}

export interface CardInput<M extends CardMetric = Metric> {
  metric: M;
  index: ObservationIndex<Observation>;
  companies: Company[];
  caveats: Map<string, Caveat>;
  /** Every metric by id (alternates are looked up here). */
  metrics: Map<string, CardMetric>;
  /** Per metric, the normalisations on offer (computed by the compiler over every company). */
  offered: Record<string, Per[]>;
  refusals: Refusal[];
  /** Only this reporting year ("2022"); every year when absent. */
  year?: string | null;
}

const ORDER: Grade[] = ['comparable', 'comparable_with_caveats', 'not_comparable'];
const worse = (a: Grade, b: Grade): Grade => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);

/** The denominators this card can offer: those with a normalised value or a stated refusal (the compiler lists them). */
export function offeredModes({ metric, offered }: { metric: Pick<CardMetric, 'id'>; offered: CardInput['offered'] }): Per[] {
  return offered[metric.id] ?? [];
}

export function buildCardModel<M extends CardMetric>(input: CardInput<M>, requested: Mode = 'absolute'): CardModel<M> {
  const { metric, companies, caveats, metrics, year } = input;
  const inYear = (list: Observation[]) => (year ? list.filter((o) => periodYear(o.period) === year) : list);
  const index = {
    of: (c: string, m: string) => inYear(input.index.of(c, m)),
    perOf: (c: string, m: string, per: Per) => inYear(input.index.perOf(c, m, per)),
  };
  const mode: Mode = requested !== 'absolute' && offeredModes(input).includes(requested) ? requested : 'absolute';
  const base = companies.map((company) => {
    const own = index.of(company.id, metric.id);
    return { company, values: own.filter((o) => o.value !== null), gaps: own.filter((o) => o.value === null) };
  });
  const lines: CompanyLine[] = base.map(({ company, values, gaps }) => {
    const alternates = values.length
      ? []
      : metric.alternates
          .map((id) => metrics.get(id))
          .filter((m): m is CardMetric => m !== undefined)
          .map((m) => ({ metric: m, observations: index.of(company.id, m.id).filter((o) => o.value !== null) }))
          .filter((a) => a.observations.length > 0);
    const shown = mode === 'absolute' ? values : index.perOf(company.id, metric.id, mode).filter((o) => o.value !== null);
    return { company, values: shown, gaps, alternates };
  });

  const footnotes: Footnote[] = [];
  const footnoteOf = new Map<string, number>();
  // numbered in reading order; the absolute values' caveats stay when a normalised mode hides them
  const noted = [
    ...lines.flatMap((l) => [...l.values, ...l.gaps, ...l.alternates.flatMap((a) => a.observations)]),
    ...base.flatMap((b) => b.values),
  ];
  for (const o of noted) {
    for (const id of o.caveats) {
      const caveat = caveats.get(id);
      if (caveat && !footnoteOf.has(id)) {
        footnoteOf.set(id, footnotes.length + 1);
        footnotes.push({ n: footnotes.length + 1, caveat });
      }
    }
  }

  const periods = [...new Set(lines.flatMap((l) => l.values.map((o) => o.period)))].sort(comparePeriods);
  const dated = periods.some((p) => !p.startsWith('FY')) || metric.basis === 'cumulative';
  const chartKind = periods.length === 0 ? 'none' : dated ? 'points' : 'bars';

  // the verdict: from the absolute values, whatever the mode
  let grade: Grade = 'comparable';
  const reasons: GradeReason[] = [];
  for (const f of footnotes) {
    grade = worse(grade, f.caveat.grade);
    if (f.caveat.grade !== 'comparable') reasons.push({ kind: 'caveat', caveat: f.caveat });
  }
  const withValues = base.filter((b) => b.values.length > 0);
  if (withValues.length < 2) {
    grade = 'not_comparable';
    reasons.unshift({ kind: 'single', company: withValues[0]?.company ?? null });
  }
  for (const l of lines)
    for (const a of l.alternates) reasons.unshift({ kind: 'alternate', company: l.company, metric: a.metric });

  const refusals: RefusalGroup[] = [];
  if (mode !== 'absolute') {
    for (const r of input.refusals) {
      if (r.metric !== metric.id || r.per !== mode || (year && periodYear(r.period) !== year)) continue;
      const company = companies.find((c) => c.id === r.company);
      if (!company) continue;
      const group = refusals.find((g) => g.reason.en === r.reason.en);
      if (group) group.items.push({ company, period: r.period });
      else refusals.push({ reason: r.reason, items: [{ company, period: r.period }] });
    }
  }

  const shownValues = lines.flatMap((l) => l.values.map((o) => o.value!));
  const spread =
    shownValues.length > 1 && shownValues.every((v) => v > 0) ? Math.max(...shownValues) / Math.min(...shownValues) : 1;

  return { metric, mode, lines, periods, chartKind, footnotes, footnoteOf, grade, reasons, refusals, spread };
}
