/**
 * Builds a ChartImageSpec from the plain data a card shows, so the picture
 * states the same values, qualifiers, numbered footnotes and sources as the
 * card. Footnotes are numbered in order of first appearance (company order,
 * then period), as the card numbers them.
 */
import type { Caveat, Company, Observation, Source } from '../../model/schema';
import { formatValue, periodLabel, periodSortKey } from '../../shared/format';
import type { ChartImageSpec } from './chart-image';
import { lineRange } from './csv-rows';
import type { ExportLang } from './export-dataset';
import { fill, statusKey, type ExportMessages } from './export-messages';

export interface CardImageInput {
  title: string;
  subtitle?: string;
  grade?: string;
  /** The peer set, in display order (their colours and short names label the series). */
  companies: readonly Company[];
  /** The observations the card shows (values and typed gaps). */
  observations: readonly Observation[];
  caveats: readonly Caveat[];
  sources: readonly Source[];
  lang: ExportLang;
  messages: ExportMessages;
  /** Appended to every value, as on the card: "/人". */
  unitSuffix?: string;
  credit?: string;
}

/** "信也科技集团《…ESG 报告》(2022-12) 第 3028、3030 行" for every source the observations cite. */
export function sourcesLine(
  observations: readonly Observation[],
  sources: readonly Source[],
  lang: ExportLang,
  messages: ExportMessages,
): string {
  const lines = new Map<string, Set<string>>();
  const add = (p: { source: string; line: number; lineEnd?: number }) =>
    lines.set(p.source, (lines.get(p.source) ?? new Set()).add(lineRange(p)));
  for (const o of observations) {
    o.provenance.forEach(add);
    o.derivation?.inputs.forEach((i) => i.provenance.forEach(add));
  }
  const byId = new Map(sources.map((s) => [s.id, s]));
  const zh = lang === 'zh';
  const refs = [...lines]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, set]) => {
      const s = byId.get(id);
      const where = fill(messages['export.cite.line'], {
        line: [...set].sort((a, b) => Number.parseInt(a) - Number.parseInt(b)).join(zh ? '、' : ', '),
      });
      if (!s) return `${id} ${where}`;
      return zh ? `${s.publisher}《${s.title}》（${s.date}）${where}` : `${s.publisher}, “${s.title}” (${s.date}), ${where}`;
    });
  return `${messages['export.image.sources']}${zh ? '：' : ': '}${refs.join(zh ? '；' : '; ') || '—'}`;
}

export function cardImageSpec(input: CardImageInput): ChartImageSpec {
  const { lang, messages } = input;
  const zh = lang === 'zh';
  const caveatById = new Map(input.caveats.map((c) => [c.id, c]));
  const byPeriod = (a: Observation, b: Observation) => periodSortKey(a.period).localeCompare(periodSortKey(b.period));
  const footnoteOf = new Map<string, number>();
  const footnotes: ChartImageSpec['footnotes'] = [];
  const marks = (o: Observation) => {
    const ns: number[] = [];
    for (const id of o.caveats) {
      const c = caveatById.get(id);
      if (!c) continue;
      if (!footnoteOf.has(id)) {
        footnoteOf.set(id, footnotes.length + 1);
        footnotes.push({ n: footnotes.length + 1, text: zh ? c.textZh : c.textEn });
      }
      ns.push(footnoteOf.get(id)!);
    }
    return ns.length ? ` [${ns.join(',')}]` : '';
  };

  const series = input.companies.map((company) => {
    const own = input.observations.filter((o) => o.company === company.id).sort(byPeriod);
    const values = own
      .filter((o) => o.value !== null)
      .map((o) => ({
        period: periodLabel(o.period, lang),
        text: `${formatValue(o.value!, o.unit, lang, o.qualifier)}${input.unitSuffix ?? ''}${marks(o)}`,
      }));
    const gaps = own.filter((o) => o.value === null).map((o) => `${messages[statusKey(o.status)]}${marks(o)}`);
    return {
      label: zh ? company.shortZh : company.shortEn,
      color: company.color,
      values,
      gap: gaps.length ? [...new Set(gaps)].join(' · ') : messages['export.image.noValue'],
    };
  });

  return {
    title: input.title,
    subtitle: input.subtitle,
    grade: input.grade,
    series,
    footnotes,
    sources: sourcesLine(input.observations, input.sources, lang, messages),
    credit: input.credit,
    labels: { values: messages['export.image.values'], notes: messages['export.image.notes'], separator: zh ? '：' : ': ' },
  };
}
