/**
 * The HKEX disclosure matrix: one cell per company × HKEX Guide row, computed from
 * the reports' own indexes (mapped to HKEX codes directly or through a crosswalk),
 * the metric catalogue's crosswalk.hkex codes and the observations. Each cell says
 * why its status follows, in both languages; each company gets counts and a score.
 */
import { CompileError } from './errors';
import { checkQuote } from './verify';
import { parseDisclosureIndex } from './disclosure-index';
import type { MatrixInputs } from './matrix-inputs';
import { linesText, type SeedText } from './seed-text';
import type {
  Bilingual,
  Company,
  HkexRow,
  IndexEntry,
  MatrixCell,
  MatrixFile,
  MatrixStatus,
  MatrixSummary,
  Metric,
  Observation,
  Source,
} from '../model/schema';
import { matrixStatusSchema } from '../model/schema';

export interface MatrixContext {
  matrix: MatrixInputs;
  seeds: Map<string, SeedText>;
  sources: Source[];
  companies: Company[];
  metrics: Metric[];
  observations: Observation[];
}

export const SCORE_FORMULA: Bilingual = {
  zh:
    '披露得分 = 100 × Σ 得分 ÷ (港交所指引行数 − 公司自行标注“不适用”的行数)，保留一位小数。' +
    '每行得分：有数据披露 = 1；仅叙述且指引只要求描述 = 1；仅叙述但指引要求数据而本目录未追踪该数据 = 0.5；' +
    '索引声称但未见数据、公司标注“/”、未涉及 = 0；公司标注“不适用”的行不计入分母。行包括各层面的一般披露及全部关键绩效指标。',
  en:
    'Disclosure score = 100 × Σ credit ÷ (rows of the HKEX Guide − rows the company marks 不适用, not applicable), to one decimal. ' +
    'Credit per row: disclosed with figures = 1; narrative only where the Guide asks for a description = 1; narrative only where the Guide asks for figures ' +
    'but our catalogue tracks none for the row = 0.5; claimed in the index but absent, marked "/" by the company, or not addressed = 0; rows the company ' +
    "marks not applicable leave the denominator. Rows are every aspect's general disclosure and every KPI.",
};

/** The company's index entries, each mapped to the HKEX rows it answers. */
export function indexEntries(
  ctx: Pick<MatrixContext, 'matrix' | 'seeds' | 'sources'>,
  rowCodes: Set<string>,
): { entries: IndexEntry[]; regions: BuiltMatrix['indexRegions'] } {
  const entries: IndexEntry[] = [];
  const regions: BuiltMatrix['indexRegions'] = [];
  const sourceById = new Map([...ctx.sources].reverse().map((s) => [s.id, s]));
  for (const rule of ctx.matrix.indexes) {
    const where = { file: rule.file, rule: rule.id };
    const source = sourceById.get(rule.source);
    const seed = ctx.seeds.get(rule.source);
    if (!source || !seed)
      throw new CompileError(where, `unknown source ${JSON.stringify(rule.source)} (not in data/sources.json)`);
    const crosswalk = rule.standard === 'hkex' ? undefined : ctx.matrix.crosswalks.find((c) => c.from === rule.standard);
    if (rule.standard !== 'hkex' && !crosswalk) {
      throw new CompileError(where, `no crosswalk from ${rule.standard} to hkex in data/crosswalks/`);
    }
    const parsed = parseDisclosureIndex(rule, seed);
    regions.push({
      source: rule.source,
      text: linesText(seed, parsed.from, parsed.to).trim(),
      reason: `disclosure index (codes, page numbers) read by ${rule.file}`,
    });
    for (const e of parsed.entries) {
      const at = { file: `seeds/${e.source}`, line: e.provenance.line, rule: rule.id };
      let hkex: string[];
      if (!crosswalk) {
        if (!rowCodes.has(e.code)) throw new CompileError(at, `index code ${e.code} is not a row of ${ctx.matrix.guide.file}`);
        hkex = [e.code];
      } else {
        const m = crosswalk.map.find((x) => x.code === e.code);
        if (!m) {
          throw new CompileError(
            at,
            `${rule.standard.toUpperCase()} code ${e.code} is not in ${crosswalk.file}: add it (with "hkex": [] when the HKEX Guide has no counterpart)`,
          );
        }
        hkex = m.hkex;
      }
      entries.push({ ...e, company: source.company, hkex });
    }
  }
  return { entries, regions };
}

function checkCodes(ctx: MatrixContext, rowCodes: Set<string>): void {
  const rows = ctx.matrix.guide.rows;
  if (rowCodes.size !== rows.length) throw new CompileError({ file: ctx.matrix.guide.file }, 'duplicate row code');
  for (const r of rows) {
    const aspect = r.kind === 'general' ? r.code : r.code.split('.')[0];
    if (aspect !== r.aspect)
      throw new CompileError({ file: ctx.matrix.guide.file, rule: r.code }, `row ${r.code} is not in aspect ${r.aspect}`);
  }
  for (const c of ctx.matrix.crosswalks) {
    for (const m of c.map) {
      for (const code of m.hkex) {
        if (!rowCodes.has(code))
          throw new CompileError({ file: c.file, rule: m.code }, `unknown HKEX code ${JSON.stringify(code)}`);
      }
    }
  }
  for (const m of ctx.metrics) {
    for (const code of m.crosswalk.hkex) {
      if (!rowCodes.has(code)) {
        throw new CompileError(
          { file: 'data/metrics.json', rule: m.id },
          `crosswalk.hkex code ${JSON.stringify(code)} is not a row of ${ctx.matrix.guide.file}`,
        );
      }
    }
  }
}

const shortSource = (source: string) => source.replace(/_[0-9a-f]+\.txt$/, '');

function describeEntries(entries: IndexEntry[]): Bilingual {
  const zh = entries.map((e) => {
    const via = e.standard === 'hkex' ? '' : `（${e.standard.toUpperCase()} ${e.code}，经对照表对应）`;
    const target = e.mark
      ? `标注“${e.mark.text}”`
      : `指向${e.citations.map((c) => `「${c.page ? `P${c.page} ` : ''}${c.section}」`).join('、')}`;
    return `索引${via}${target}（来源 ${shortSource(e.source)} 第 ${e.provenance.line} 行）`;
  });
  const en = entries.map((e) => {
    const via = e.standard === 'hkex' ? '' : ` (${e.standard.toUpperCase()} ${e.code}, via the crosswalk)`;
    const target = e.mark
      ? `marks it "${e.mark.text}"`
      : `points to ${e.citations.map((c) => `"${c.page ? `P${c.page} ` : ''}${c.section}"`).join(', ')}`;
    return `the index${via} ${target} (source ${shortSource(e.source)}, line ${e.provenance.line})`;
  });
  return { zh: zh.join('；'), en: en.join('; ') };
}

function metricNames(metrics: Metric[]): Bilingual {
  return { zh: metrics.map((m) => m.nameZh).join('、'), en: metrics.map((m) => m.nameEn).join(', ') };
}

function cellFor(
  row: HkexRow,
  company: Company,
  hasIndex: boolean,
  entries: IndexEntry[],
  metrics: Metric[],
  own: Observation[],
): MatrixCell {
  const ids = new Set(metrics.map((m) => m.id));
  const mine = own.filter((o) => ids.has(o.metric));
  const figures = mine.filter((o) => (o.status === 'reported' || o.status === 'derived') && o.per === undefined);
  const gaps = mine.filter((o) => o.status !== 'reported' && o.status !== 'derived' && o.rule !== 'auto:not_disclosed');
  const figureCheck = figures.length ? 'found' : !row.asksFigures ? 'not_asked' : metrics.length ? 'none_found' : 'not_tracked';
  const cited = entries.filter((e) => e.citations.length > 0);
  const marked = entries.filter((e) => e.mark);

  const claimedGaps = gaps.filter((o) => o.status === 'claimed_not_found');
  let status: MatrixStatus;
  // A reviewed claimed-not-found gap (data/gaps) for a metric of this row outweighs figures of a
  // neighbouring metric (000 cites A2.1 for energy use and gives only a year-on-year change).
  if (cited.length && claimedGaps.length) status = 'claimed_absent';
  else if (figures.length) status = 'disclosed_figures';
  else if (cited.length) status = figureCheck === 'none_found' ? 'claimed_absent' : 'narrative_only';
  else if (marked.length)
    status = marked.every((e) => e.mark!.status === 'not_applicable') ? 'self_not_applicable' : 'self_not_disclosed';
  else status = 'not_addressed';

  const idx = describeEntries(entries);
  const withMetrics = figures.length
    ? metricNames(metrics.filter((m) => figures.some((o) => o.metric === m.id)))
    : metricNames(metrics);
  const parts: Bilingual[] = [];
  switch (status) {
    case 'disclosed_figures':
      parts.push({
        zh: `数据集中有 ${figures.length} 个相关数值（${withMetrics.zh}）。`,
        en: `The dataset holds ${figures.length} figure(s) for it (${withMetrics.en}).`,
      });
      if (entries.length) parts.push({ zh: `此外，${idx.zh}。`, en: `Besides, ${idx.en}.` });
      else parts.push({ zh: '公司索引中没有对应此项的条目。', en: "No entry of the company's index maps to it." });
      if (marked.length && !cited.length)
        parts.push({
          zh: '索引的标注与报告中的数据不一致，以数据为准。',
          en: "The index's mark contradicts the figures in the report; the figures decide the status.",
        });
      break;
    case 'narrative_only':
      parts.push({ zh: `${idx.zh}。`, en: `${idx.en.charAt(0).toUpperCase()}${idx.en.slice(1)}.` });
      parts.push(
        figureCheck === 'not_asked'
          ? {
              zh: '指引对此项只要求描述，不要求数据；所引章节以叙述作答。',
              en: 'The Guide asks for a description here, not figures; the cited section answers in prose.',
            }
          : {
              zh: '指引对此项要求数据，但本数据目录未追踪相应指标，未能核查所引章节是否有数据，故按仅叙述计（得分 0.5）。',
              en: 'The Guide asks for figures here, but our metric catalogue tracks none for this row, so the cited section was not checked for figures; read as narrative only (credit 0.5).',
            },
      );
      break;
    case 'claimed_absent':
      parts.push({ zh: `${idx.zh}。`, en: `${idx.en.charAt(0).toUpperCase()}${idx.en.slice(1)}.` });
      if (claimedGaps.length) {
        const names = metricNames(metrics.filter((m) => claimedGaps.some((o) => o.metric === m.id)));
        parts.push({
          zh: `经审阅，所引章节及报告其他部分均没有${names.zh}的数值（见缺口说明）。`,
          en: `On review, neither the cited section nor the rest of the report gives ${names.en} (see the gaps).`,
        });
        if (figures.length) {
          const other = metricNames(metrics.filter((m) => figures.some((o) => o.metric === m.id)));
          parts.push({
            zh: `报告仅给出${other.zh}，不能回答此项的要求。`,
            en: `The report gives only ${other.en}, which does not answer what the KPI asks.`,
          });
        }
      } else {
        parts.push({
          zh: `指引对此项要求数据，但公司资料中没有任何相关指标（${withMetrics.zh}）的数值。`,
          en: `The Guide asks for figures here, but none of the catalogue's metrics for it (${withMetrics.en}) has a value in the company's sources.`,
        });
      }
      break;
    case 'self_not_disclosed':
    case 'self_not_applicable':
      parts.push({ zh: `公司自己的${idx.zh}。`, en: `In the company's own words, ${idx.en}.` });
      parts.push(
        status === 'self_not_applicable'
          ? {
              zh: '公司认为此项不适用，该行不计入得分分母。',
              en: 'The company deems it not applicable; the row leaves the score.',
            }
          : { zh: '“/”表示公司未披露此项。', en: '"/" means the company does not disclose it.' },
      );
      break;
    case 'not_addressed':
      parts.push(
        hasIndex
          ? { zh: '公司索引中没有对应此项的条目', en: "No entry of the company's index maps to it" }
          : { zh: '公司资料中没有披露索引', en: "The company's sources carry no disclosure index" },
      );
      parts.push(
        metrics.length
          ? {
              zh: `，数据集中也没有相关指标（${withMetrics.zh}）的数值。`,
              en: `, and no catalogue metric for it (${withMetrics.en}) has a value.`,
            }
          : { zh: '，本数据目录也未追踪相应指标。', en: ', and our catalogue tracks no metric for it.' },
      );
      break;
  }
  const credit =
    status === 'self_not_applicable'
      ? null
      : status === 'disclosed_figures'
        ? 1
        : status === 'narrative_only'
          ? figureCheck === 'not_tracked'
            ? 0.5
            : 1
          : 0;
  return {
    company: company.id,
    code: row.code,
    status,
    figureCheck,
    entries: entries.map((e) => e.id),
    metrics: metrics.map((m) => m.id),
    observations: figures.map((o) => o.id),
    gaps: gaps.map((o) => o.id),
    credit,
    reason: {
      zh: parts.map((p) => p.zh).join(''),
      en: parts
        .map((p) => p.en)
        .join(' ')
        .replace(/ ,/g, ','),
    },
  };
}

function summaryFor(company: Company, cells: MatrixCell[], entries: IndexEntry[]): MatrixSummary {
  const counts = Object.fromEntries(
    matrixStatusSchema.options.map((s) => [s, cells.filter((c) => c.status === s).length]),
  ) as Record<MatrixStatus, number>;
  const scored = cells.filter((c) => c.credit !== null);
  const credit = scored.reduce((sum, c) => sum + c.credit!, 0);
  const indexes = [...new Map(entries.map((e) => [e.source, { source: e.source, standard: e.standard }])).values()].sort((a, b) =>
    a.source.localeCompare(b.source),
  );
  return {
    company: company.id,
    indexes,
    counts,
    score: { value: scored.length ? Math.round((1000 * credit) / scored.length) / 10 : 0, credit, rows: scored.length },
  };
}

export interface BuiltMatrix {
  matrix: MatrixFile;
  /** The index regions, for the coverage report: their numbers are codes and page numbers, read by the parser. */
  indexRegions: { source: string; text: string; reason: string }[];
}

export function buildMatrix(ctx: MatrixContext): BuiltMatrix {
  const rows = ctx.matrix.guide.rows;
  const rowCodes = new Set(rows.map((r) => r.code));
  checkCodes(ctx, rowCodes);
  const { entries, regions } = indexEntries(ctx, rowCodes);
  const cells: MatrixCell[] = [];
  const summaries: MatrixSummary[] = [];
  // observations and index entries by company, one pass each: linear in the corpus
  const obsByCompany = new Map<string, Observation[]>();
  for (const o of ctx.observations) {
    const list = obsByCompany.get(o.company);
    if (list) list.push(o);
    else obsByCompany.set(o.company, [o]);
  }
  const entriesByCompany = new Map<string, IndexEntry[]>();
  for (const e of entries) {
    const list = entriesByCompany.get(e.company);
    if (list) list.push(e);
    else entriesByCompany.set(e.company, [e]);
  }
  const metricsByRow = new Map(rows.map((row) => [row.code, ctx.metrics.filter((m) => m.crosswalk.hkex.includes(row.code))]));
  for (const company of ctx.companies) {
    const own = obsByCompany.get(company.id) ?? [];
    const ownEntries = entriesByCompany.get(company.id) ?? [];
    const companyCells = rows.map((row) =>
      cellFor(
        row,
        company,
        ownEntries.length > 0,
        ownEntries.filter((e) => e.hkex.includes(row.code)),
        metricsByRow.get(row.code)!,
        own,
      ),
    );
    cells.push(...companyCells);
    summaries.push(summaryFor(company, companyCells, ownEntries));
  }
  return {
    matrix: { guide: { title: ctx.matrix.guide.title }, rows, entries, cells, summaries, scoreFormula: SCORE_FORMULA },
    indexRegions: regions,
  };
}

/** Every index line and section heading the matrix quotes is re-read from its seed, like every quote. */
export function verifyMatrix(matrix: MatrixFile, seeds: Map<string, SeedText>): void {
  for (const e of matrix.entries) {
    checkQuote(e.provenance, seeds, e.id);
    for (const c of e.citations) for (const h of c.headings) checkQuote(h, seeds, e.id);
  }
}
