/**
 * Builds a ChartImageSpec from the plain data a card shows, so the picture
 * states the same values (in the card's normalisation, qualifiers included),
 * numbered footnotes and sources as the card. Given the card's footnotes, the
 * picture keeps the card's numbering; otherwise footnotes are numbered in order
 * of first appearance (company order, then period).
 */
import type { Caveat, Company, Observation, Source } from '../../model/schema';
import { formatObservation } from '../../shared/format/format';
import { periodLabel, comparePeriods } from '../../shared/format/period';
import type { Translator } from '../../shared/i18n/use-t';
import type { ChartImageSpec } from './chart-image';
import { lineRange } from './csv-rows';

export interface CardImageInput {
  title: string;
  subtitle?: string;
  grade?: string;
  /** The peer set, in display order (their colours and short names label the series). */
  companies: readonly Company[];
  /** The observations the card shows (values in its mode and typed gaps). */
  observations: readonly Observation[];
  caveats: readonly Caveat[];
  /** Not-comparable figures the card states beside a company that lacks the metric, with their label. */
  alternates?: readonly { company: string; label: string; observations: readonly Observation[] }[];
  /** The card's numbered footnotes, when the picture is of a card: the same numbers, the same list. */
  footnotes?: readonly { n: number; caveat: Caveat }[];
  sources: readonly Source[];
  tr: Translator;
  credit?: string;
}

/** "信也科技集团《…ESG 报告》（2022-12）第 3028、3030 行" for every source the observations cite. */
export function sourcesLine(observations: readonly Observation[], sources: readonly Source[], tr: Translator): string {
  const lines = new Map<string, Set<string>>();
  const add = (p: { source: string; line: number; lineEnd?: number }) =>
    lines.set(p.source, (lines.get(p.source) ?? new Set()).add(lineRange(p)));
  for (const o of observations) {
    o.provenance.forEach(add);
    o.derivation?.inputs.forEach((i) => i.provenance.forEach(add));
  }
  const byId = new Map(sources.map((s) => [s.id, s]));
  const zh = tr.lang === 'zh';
  const refs = [...lines]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, set]) => {
      const s = byId.get(id);
      const where = tr.t(
        'export.cite.line',
        [...set].sort((a, b) => Number.parseInt(a) - Number.parseInt(b)).join(zh ? '、' : ', '),
      );
      if (!s) return `${id} ${where}`;
      return zh ? `${s.publisher}《${s.title}》（${s.date}）${where}` : `${s.publisher}, “${s.title}” (${s.date}), ${where}`;
    });
  return `${tr.t('export.image.sources')}${zh ? '：' : ': '}${refs.join(zh ? '；' : '; ') || '—'}`;
}

export function cardImageSpec(input: CardImageInput): ChartImageSpec {
  const { tr } = input;
  const zh = tr.lang === 'zh';
  const caveatById = new Map(input.caveats.map((c) => [c.id, c]));
  const byPeriod = (a: Observation, b: Observation) => comparePeriods(a.period, b.period);
  const footnoteOf = new Map<string, number>(input.footnotes?.map((f) => [f.caveat.id, f.n]));
  const footnotes: ChartImageSpec['footnotes'] = (input.footnotes ?? []).map((f) => ({
    n: f.n,
    text: tr.pick(f.caveat.textZh, f.caveat.textEn),
  }));
  const marks = (o: Observation) => {
    const ns: number[] = [];
    for (const id of o.caveats) {
      const c = caveatById.get(id);
      if (!c) continue;
      if (!footnoteOf.has(id)) {
        footnoteOf.set(id, footnotes.length + 1);
        footnotes.push({ n: footnotes.length + 1, text: tr.pick(c.textZh, c.textEn) });
      }
      ns.push(footnoteOf.get(id)!);
    }
    return ns.length ? ` [${ns.join(',')}]` : '';
  };

  const series = input.companies.map((company) => {
    const own = input.observations.filter((o) => o.company === company.id).sort(byPeriod);
    const values = own
      .filter((o) => o.value !== null)
      .map((o) => ({ period: periodLabel(o.period, tr), text: `${formatObservation(o, tr)}${marks(o)}` }));
    const gaps = own
      .filter((o) => o.value === null)
      .map((o) => `${tr.t(`status.${o.status}`)}${marks(o)} · ${periodLabel(o.period, tr)}`);
    const alternates = (input.alternates ?? [])
      .filter((a) => a.company === company.id)
      .map(
        (a) =>
          `${a.label}${zh ? '：' : ': '}${[...a.observations]
            .sort(byPeriod)
            .map((o) => `${periodLabel(o.period, tr)} ${formatObservation(o, tr)}${marks(o)}`)
            .join(' · ')}`,
      );
    const stated = [...new Set(gaps), ...alternates];
    return {
      label: tr.pick(company.shortZh, company.shortEn),
      color: company.color,
      values,
      gap: stated.length ? stated.join(' · ') : values.length ? undefined : tr.t('export.image.noValue'),
    };
  });

  return {
    title: input.title,
    subtitle: input.subtitle,
    grade: input.grade,
    series,
    footnotes,
    sources: sourcesLine([...input.observations, ...(input.alternates ?? []).flatMap((a) => a.observations)], input.sources, tr),
    credit: input.credit,
    labels: { values: tr.t('export.image.values'), notes: tr.t('export.image.notes'), separator: zh ? '：' : ': ' },
  };
}
