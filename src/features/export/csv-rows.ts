/**
 * One row per observation, every cell plain text or a number: what the CSV
 * holds. Pure (no papaparse here) so it is cheap to test and to import. Labels
 * come from the app catalogue (status, grade and qualifier labels are the ones
 * the cards show); data texts (names, caveats, notes) in the same language.
 */
import type { Grade, Observation, Provenance } from '../../model/schema';
import { unitText } from '../../shared/format/format';
import type { MessageKey } from '../../shared/i18n/catalogue';
import type { Translator } from '../../shared/i18n/use-t';
import type { ExportDataset } from './export-dataset';

/** Column order of the CSV; each maps to `export.csv.<col>` (header) and `export.col.<col>` (README). */
export const CSV_COLUMNS = [
  'id',
  'companyId',
  'company',
  'metricId',
  'metric',
  'period',
  'basis',
  'value',
  'unit',
  'per',
  'qualifier',
  'status',
  'grade',
  'source',
  'sourceTitle',
  'publisher',
  'line',
  'quote',
  'figure',
  'printedUnit',
  'otherProvenance',
  'formula',
  'inputs',
  'caveats',
  'note',
  'raw',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvCell = string | number;

const GRADE_ORDER: Grade[] = ['comparable', 'comparable_with_caveats', 'not_comparable'];

export const headerKey = (c: CsvColumn) => `export.csv.${c}` as const satisfies MessageKey;
export const columnDocKey = (c: CsvColumn) => `export.col.${c}` as const satisfies MessageKey;

export function lineRange(p: Pick<Provenance, 'line' | 'lineEnd'>): string {
  return p.lineEnd && p.lineEnd !== p.line ? `${p.line}–${p.lineEnd}` : String(p.line);
}

const cite = (p: Provenance) => `${p.source}:${lineRange(p)} «${p.quote}»`;

/** The provenance item carrying the figure, else the first. */
function primary(provenance: Provenance[]): Provenance | undefined {
  return provenance.find((p) => p.role === 'value') ?? provenance[0];
}

export function observationGrade(o: Observation, caveatGrade: Map<string, Grade>): Grade {
  let worst: Grade = 'comparable';
  for (const id of o.caveats) {
    const g = caveatGrade.get(id);
    if (g && GRADE_ORDER.indexOf(g) > GRADE_ORDER.indexOf(worst)) worst = g;
  }
  return worst;
}

export function csvHeader(tr: Translator): string[] {
  return CSV_COLUMNS.map((c) => tr.t(headerKey(c)));
}

/** Rows for `observations`, labels and data texts (names, caveats) in `tr`'s language. */
export function csvRows(
  observations: readonly Observation[],
  dataset: Omit<ExportDataset, 'manifest' | 'observations'>,
  tr: Translator,
): CsvCell[][] {
  const company = new Map(dataset.companies.map((c) => [c.id, c]));
  const metric = new Map(dataset.metrics.map((m) => [m.id, m]));
  const source = new Map(dataset.sources.map((s) => [s.id, s]));
  const caveat = new Map(dataset.caveats.map((c) => [c.id, c]));
  const caveatGrade = new Map(dataset.caveats.map((c) => [c.id, c.grade]));
  const { t, pick, lang } = tr;

  return observations.map((o) => {
    const c = company.get(o.company);
    const m = metric.get(o.metric);
    const p = primary(o.provenance);
    const s = p ? source.get(p.source) : undefined;
    const others = [...o.provenance.filter((x) => x !== p), ...(o.corroborations ?? [])];
    const unitName = unitText(o.unit, lang);
    const cell: Record<CsvColumn, CsvCell> = {
      id: o.id,
      companyId: o.company,
      company: c ? pick(c.nameZh, c.nameEn) : o.company,
      metricId: o.metric,
      metric: m ? pick(m.nameZh, m.nameEn) : o.metric,
      period: o.period,
      basis: t(`export.basis.${o.basis}`),
      // full precision: the number itself, never a rounded display string
      value: o.value ?? '',
      unit: `${o.unit}${unitName && unitName !== o.unit ? ` (${unitName})` : ''}`,
      per: o.per ? t(`export.per.${o.per}`) : '',
      qualifier: t(`qualifier.${o.qualifier}`),
      status: t(`status.${o.status}`),
      grade: t(`grade.${observationGrade(o, caveatGrade)}`),
      source: p?.source ?? '',
      sourceTitle: s?.title ?? '',
      publisher: s?.publisher ?? '',
      line: p ? lineRange(p) : '',
      quote: p?.quote ?? '',
      figure: p?.figure ?? '',
      printedUnit: p?.unit ?? '',
      otherProvenance: others.map(cite).join('\n'),
      formula: o.derivation?.formula ?? '',
      inputs: (o.derivation?.inputs ?? [])
        .map((i) => `${i.company} ${i.metric} ${i.period} = ${i.value} (${i.provenance.map(cite).join('; ')})`)
        .join('\n'),
      caveats: o.caveats
        .map((id) => {
          const cv = caveat.get(id);
          return cv ? `[${id}] ${pick(cv.textZh, cv.textEn)}` : `[${id}]`;
        })
        .join('\n'),
      note: o.notes ? pick(o.notes.zh, o.notes.en) : (o.note ?? ''),
      raw: o.raw ?? '',
    };
    return CSV_COLUMNS.map((col) => cell[col]);
  });
}

/** `line 3030` / `第 3030 行`. */
export function lineLabel(tr: Translator, p: Pick<Provenance, 'line' | 'lineEnd'>): string {
  return tr.t('export.cite.line', lineRange(p));
}
