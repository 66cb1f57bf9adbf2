/**
 * The one schema of Duibiao's datasets. The compiler validates what it writes
 * with it; the app validates what it loads with it. Bump SCHEMA_VERSION on any
 * breaking change to these shapes.
 */
import './zod-config';
import { z } from 'zod';
import { CANONICAL_UNITS } from './units';
import { MATRIX_STATUSES, METRIC_GROUPS, PERS, PILLARS } from './enums';

import { SCHEMA_VERSION } from './schema-version';
import { observationId } from './observation-id';

export { SCHEMA_VERSION };

export const companyIdSchema = z.string().regex(/^[a-z][a-z0-9_]*$/);
export const metricIdSchema = z.string().regex(/^[a-z][a-z0-9_]*$/);
export const canonicalUnitSchema = z.enum(CANONICAL_UNITS);

export const basisSchema = z.enum(['annual', 'cumulative', 'point_in_time', 'ratio']);
export const qualifierSchema = z.enum(['exact', 'at_least', 'about', 'at_most']);
export const statusSchema = z.enum(['reported', 'derived', 'not_disclosed', 'not_applicable', 'claimed_not_found', 'garbled']);
export const gradeSchema = z.enum(['comparable', 'comparable_with_caveats', 'not_comparable']);
export const pillarSchema = z.enum(PILLARS);
/** What a normalised value is divided by; denominators are declared in data/. */
export const perSchema = z.enum(PERS);
/** A text shown to users, in both languages. */
export const bilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export const metricGroupSchema = z.enum(METRIC_GROUPS);
/** FY2022, or an as-of date 2023-10-19 / month 2023-01 / year-end 2025-12. */
export const periodSchema = z.string().regex(/^(FY\d{4}|\d{4}-\d{2}(-\d{2})?)$/);

export const provenanceSchema = z.object({
  /** Seed file name, e.g. 004_fc1b98ab1024343c.txt */
  source: z.string().min(1),
  /** 1-based line of the quote's first character. */
  line: z.number().int().positive(),
  lineEnd: z.number().int().positive().optional(),
  /** Verbatim substring of the seed lines line..lineEnd joined by "\n". */
  quote: z.string().min(1),
  /** The figure exactly as printed inside the quote, when this item carries the number. */
  figure: z.string().optional(),
  /** The unit as printed for that figure (亿元, 万吨 …), so the value can be re-derived from the quote. */
  unit: z.string().optional(),
  /** -1 when the label states a fall (降低 6.3% is −6.3). */
  sign: z.literal(-1).optional(),
  /** What this item shows: the value itself, its label, its unit, or an index entry. */
  role: z.enum(['value', 'label', 'unit', 'index_claim', 'context']),
});

export const companySchema = z.object({
  id: companyIdSchema,
  nameZh: z.string(),
  nameEn: z.string(),
  shortZh: z.string(),
  shortEn: z.string(),
  ticker: z.string().optional(),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
});

export const crosswalkSchema = z.object({
  hkex: z.array(z.string()).default([]),
  gri: z.array(z.string()).default([]),
  sasb: z.array(z.string()).default([]),
});

export const metricSchema = z.object({
  id: metricIdSchema,
  nameZh: z.string(),
  nameEn: z.string(),
  definitionZh: z.string(),
  definitionEn: z.string(),
  pillar: pillarSchema,
  group: metricGroupSchema,
  unit: canonicalUnitSchema,
  basis: basisSchema,
  better: z.enum(['higher', 'lower']).nullable(),
  /** The product card's first four: shown first in the overview. */
  core: z.boolean().default(false),
  /** Whether per-employee / per-revenue normalisation makes sense. (Superseded by normaliseBy.) */
  normalisable: z.boolean().default(false),
  /** The denominators this metric may be divided by; the compiler emits the normalised observations. */
  normaliseBy: z.array(perSchema).default([]),
  /**
   * Nearest metrics a company may disclose instead (e.g. cumulative tech investment
   * for annual R&D expense). Shown beside the card as *not comparable*, never charted with it.
   */
  alternates: z.array(metricIdSchema).default([]),
  crosswalk: crosswalkSchema,
});

export const sourceSchema = z.object({
  id: z.string(),
  company: companyIdSchema,
  kind: z.enum(['esg_report', 'news']),
  publisher: z.string(),
  title: z.string(),
  /** Publication date or as-of date, ISO (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  dateInference: z.string(),
  language: z.string(),
  companySupplied: z.boolean(),
  url: z.string().optional(),
});

export const caveatSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  grade: gradeSchema,
  textZh: z.string(),
  textEn: z.string(),
  /**
   * The qualified value has a boundary other than the whole company's, so dividing
   * it by group headcount or revenue would mix boundaries: normalisation is refused.
   */
  blocksNormalisation: z.boolean().default(false),
  citations: z.array(provenanceSchema).min(1),
});

export const derivationSchema = z.object({
  /** ratio_percent: a / b × 100; pct_change: (a − b) / b × 100; sum: a + b + … */
  op: z.enum(['ratio_percent', 'pct_change', 'sum', 'ratio']),
  formula: z.string(),
  inputs: z.array(
    z.object({
      company: companyIdSchema,
      metric: metricIdSchema,
      period: periodSchema,
      value: z.number(),
      provenance: z.array(provenanceSchema).min(1),
      /**
       * Id of the input observation when it is itself derived (e.g. a headcount summed from
       * its parts): its provenance here is that observation's inputs', and the build checks
       * the value against it.
       */
      observation: z.string().optional(),
    }),
  ),
});

const observationObjectSchema = z.object({
  id: z.string(),
  company: companyIdSchema,
  metric: metricIdSchema,
  period: periodSchema,
  basis: basisSchema,
  value: z.number().nullable(),
  unit: canonicalUnitSchema,
  qualifier: qualifierSchema,
  status: statusSchema,
  provenance: z.array(provenanceSchema),
  caveats: z.array(z.string()),
  /** Id of the extraction rule or table row that produced this observation. */
  rule: z.string(),
  note: z.string().optional(),
  /** The note in both languages (compiler-written notes included); supersedes `note`. */
  notes: bilingualSchema.optional(),
  /**
   * Set on normalised values only: this derived observation is the metric's value
   * divided by the company's headcount or revenue (derivation op 'ratio', inputs
   * [numerator, denominator], value at full precision in canonical units per person / per CNY).
   */
  per: perSchema.optional(),
  /** Other places in the sources that state the same figure (a highlights page, a second article). */
  corroborations: z.array(provenanceSchema).optional(),
  /** For garbled figures: the raw text and the plausible reading. */
  raw: z.string().optional(),
  derivation: derivationSchema.optional(),
});

export const observationSchema = observationObjectSchema.superRefine((o, ctx) => {
  if (o.id !== observationId(o)) {
    ctx.addIssue({ code: 'custom', message: `id ${o.id} is not company:metric:period:rule (${observationId(o)})` });
  }
  const hasValue = o.status === 'reported' || o.status === 'derived';
  if (hasValue !== (o.value !== null)) {
    ctx.addIssue({ code: 'custom', message: `status ${o.status} ${hasValue ? 'needs' : 'forbids'} a value` });
  }
  if (o.status === 'derived' && !o.derivation) {
    ctx.addIssue({ code: 'custom', message: 'derived observations carry their derivation' });
  }
  if ((o.status === 'reported' || o.status === 'garbled' || o.status === 'claimed_not_found') && o.provenance.length === 0) {
    ctx.addIssue({ code: 'custom', message: `${o.status} observations carry provenance` });
  }
});

/** A normalisation the compiler refused to compute, with the reason (shown once per card). */
export const refusalSchema = z.object({
  company: companyIdSchema,
  metric: metricIdSchema,
  period: periodSchema,
  per: perSchema,
  reason: bilingualSchema,
});

/** Two sources (or two places in one) state different figures for the same company, metric and period. */
export const conflictSchema = z.object({
  id: z.string(),
  company: companyIdSchema,
  metric: metricIdSchema,
  period: periodSchema,
  /** Id of the observation that was emitted (the preferred statement). */
  observation: z.string(),
  /** Every statement, the emitted one first. */
  statements: z
    .array(z.object({ value: z.number(), qualifier: qualifierSchema, provenance: z.array(provenanceSchema).min(1) }))
    .min(2),
  reason: bilingualSchema,
});

export const disclosureCellSchema = z.object({
  company: companyIdSchema,
  metric: metricIdSchema,
  /** Best status across the company's observations for this metric. */
  status: statusSchema,
  periods: z.array(periodSchema),
});

// ── HKEX disclosure matrix (issue 10): computed from the reports' own indexes ──

/** Standards whose codes a report's disclosure index may use. */
export const indexStandardSchema = z.enum(['hkex', 'gri']);
/** A row of the HKEX ESG Reporting Guide: an aspect's general disclosure (A1) or a KPI (A1.2). */
export const hkexRowSchema = z.object({
  code: z.string().regex(/^[AB]\d+(\.\d+)?$/),
  kind: z.enum(['general', 'kpi']),
  aspect: z.string().regex(/^[AB]\d+$/),
  pillar: z.enum(['E', 'S', 'G']),
  short: bilingualSchema,
  name: bilingualSchema,
  /** The Guide asks for at least one figure here (a total, rate, count or intensity). */
  asksFigures: z.boolean(),
});
/** One status per company × row (see enums.ts). */
export const matrixStatusSchema = z.enum(MATRIX_STATUSES);
/**
 * Whether the dataset could check the cell for figures: found; none found although the
 * catalogue tracks metrics for the row; not tracked (no catalogue metric carries the code);
 * not asked (the Guide asks for a description only).
 */
export const figureCheckSchema = z.enum(['found', 'none_found', 'not_tracked', 'not_asked']);
/** One parsed line (or lines) of a report's disclosure index. */
export const indexEntrySchema = z.object({
  /** `${source}#${code}` */
  id: z.string(),
  source: z.string(),
  company: companyIdSchema,
  standard: indexStandardSchema,
  /** The code as printed in the index (A1.2, 305-1). */
  code: z.string(),
  /** The index's own wording of the item, whitespace-joined (may be empty). */
  title: z.string(),
  /** HKEX rows the entry answers: its own code, or the crosswalk's mapping of it. */
  hkex: z.array(z.string()),
  citations: z.array(
    z.object({
      section: z.string().min(1),
      /** Page number as printed (P39 → 39), when the index gives one. */
      page: z.number().int().positive().optional(),
      /** Lines in the body where the cited section's heading stands (empty: heading not found verbatim). */
      headings: z.array(provenanceSchema),
    }),
  ),
  /** The company's own mark instead of a citation, as printed ("/", "不适用，公司无产品包装材料。"). */
  mark: z.object({ status: z.enum(['not_disclosed', 'not_applicable']), text: z.string().min(1) }).optional(),
  /** The entry's lines, verbatim (role index_claim). */
  provenance: provenanceSchema,
});
export const matrixCellSchema = z.object({
  company: companyIdSchema,
  /** HKEX row code (A1, A1.2). */
  code: z.string(),
  status: matrixStatusSchema,
  figureCheck: figureCheckSchema,
  /** Ids of the index entries that map to this row. */
  entries: z.array(z.string()),
  /** Catalogue metrics whose crosswalk.hkex carries this row's code. */
  metrics: z.array(metricIdSchema),
  /** Ids of reported or derived observations of those metrics (normalised ones left out). */
  observations: z.array(z.string()),
  /** Ids of the company's declared gaps and garbled figures for those metrics. */
  gaps: z.array(z.string()),
  /** Points towards the disclosure score: 1, 0.5, 0, or null when excluded (not applicable). */
  credit: z.number().min(0).max(1).nullable(),
  reason: bilingualSchema,
});
export const matrixSummarySchema = z.object({
  company: companyIdSchema,
  /** The disclosure indexes the company's reports carry. */
  indexes: z.array(z.object({ source: z.string(), standard: indexStandardSchema })),
  counts: z.record(matrixStatusSchema, z.number().int().nonnegative()),
  score: z.object({
    /** 0–100, one decimal. */
    value: z.number().min(0).max(100),
    /** Sum of the cells' credits. */
    credit: z.number().nonnegative(),
    /** Rows counted: all rows minus those the company marks not applicable. */
    rows: z.number().int().nonnegative(),
  }),
});
export const matrixFileSchema = z.object({
  guide: z.object({ title: bilingualSchema }),
  rows: z.array(hkexRowSchema),
  entries: z.array(indexEntrySchema),
  cells: z.array(matrixCellSchema),
  summaries: z.array(matrixSummarySchema),
  /** The disclosure score's formula, as the methodology page states it. */
  scoreFormula: bilingualSchema,
});

/** The coverage report (manifest.coverage): per seed, every number used, ignored with a reason, or unreviewed. */
export const seedCoverageSchema = z.object({
  source: z.string(),
  tokens: z.number().int().nonnegative(),
  used: z.number().int().nonnegative(),
  ignored: z.number().int().nonnegative(),
  unreviewed: z.number().int().nonnegative(),
  ignoredByReason: z.record(z.string(), z.number().int().nonnegative()),
  unreviewedSample: z.array(z.object({ line: z.number().int().positive(), text: z.string() })),
  /** Each ignored number: 1-based line, 0-based UTF-16 column on that line, the token as printed, the reason. */
  ignoredTokens: z.array(
    z.object({ line: z.number().int().positive(), column: z.number().int().nonnegative(), text: z.string(), reason: z.string() }),
  ),
});
export const coverageFileSchema = z.array(seedCoverageSchema);

// ── The compare page's own files (the first view): small, split by part and company ──

/** Core metrics (the overview's first four, and their alternates) load first; the rest when scrolled near. */
export const comparePartSchema = z.enum(['core', 'rest']);
/** What a card's heading, its group and the card model read of a metric: all a card needs of its alternates. */
export const cardMetricSchema = metricSchema.pick({
  id: true,
  nameZh: true,
  nameEn: true,
  group: true,
  unit: true,
  basis: true,
  core: true,
  alternates: true,
});
/**
 * A part's metrics file. The rest part's is the page's only list of the metrics below the core
 * four: their sections reserve their cards' space from the index's counts until it loads.
 */
export const partMetricsFileSchema = z.object({
  /** The metrics whose cards the part draws (core: `core` true; rest: the others), whole, in catalogue order. */
  metrics: z.array(metricSchema),
  /** The alternates those cards show beside them whose own card is in the other part: what a card reads of them. */
  alternates: z.array(cardMetricSchema),
  /** Per metric of the part, the normalisations on offer: a normalised value or a stated refusal exists for some company. */
  offered: z.record(z.string(), z.array(perSchema)),
});
/** A caveat as a card footnotes it (its citations are on the metric page and in the full dataset). */
export const cardCaveatSchema = caveatSchema.omit({ citations: true });
/** Where a card's value sits in the sources: file and lines; the quote itself loads with the full dataset. */
export const cardSourceSchema = provenanceSchema.pick({ source: true, line: true, lineEnd: true });
/**
 * An observation as a card shows it. Its sources are file and lines only, and a note only
 * where the card prints one: on a typed gap (no value), in both languages, or the older
 * English-only `note` where there is no bilingual one. Of the derivation only its operation
 * (it sets the printed precision). No company (its file's) and no id: that is its company,
 * metric, period and rule (observationId, which the full schema holds every id to); the app
 * restores both on load.
 * Quotes, the notes of values, the formula's inputs and the corroborations load with the
 * full dataset when the value is opened (the provenance panel).
 */
export const cardObservationSchema = observationObjectSchema
  .omit({ id: true, company: true, derivation: true, corroborations: true, provenance: true })
  .extend({ provenance: z.array(cardSourceSchema), derivation: derivationSchema.pick({ op: true }).optional() })
  .refine((o) => (o.status === 'reported' || o.status === 'derived') === (o.value !== null), {
    message: 'reported and derived observations need a value; the others forbid one',
  })
  .refine((o) => o.value === null || (o.notes === undefined && o.note === undefined), {
    message: 'a card carries notes on typed gaps only (the notes of values load with the full dataset)',
  });
export const compareShardSchema = z.object({
  company: companyIdSchema,
  part: comparePartSchema,
  /** The company's observations of the part's metrics and of their alternates. */
  observations: z.array(cardObservationSchema),
  /** The caveats those observations carry. */
  caveats: z.array(cardCaveatSchema),
  refusals: z.array(refusalSchema),
});
export const compareIndexSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Every company, in data order (the peer picker). */
  companies: z.array(companySchema),
  /** The peer set when none is chosen: the first companies in data order. */
  defaultPeers: z.array(companyIdSchema).min(1),
  /** Reporting years with any observation, newest first. */
  years: z.array(z.string().regex(/^\d{4}$/)),
  /** How many metrics the page has (each a card): the headline's count before the rest part loads. */
  metricCount: z.number().int().nonnegative(),
  /** The rest part's metrics per group, in page order: each group's section reserves that many cards until they load. */
  groups: z.array(z.object({ group: metricGroupSchema, count: z.number().int().positive() })),
  /** The normalisations some metric offers (its part file says which): the options of the page's switch. */
  pageModes: z.array(perSchema),
  /**
   * How many metrics' cards have each grade for the default peer set over every year, graded by
   * the card model on every part: the headline's counts while the rest part has not loaded.
   */
  defaultGrades: z.object({
    comparable: z.number().int().nonnegative(),
    comparable_with_caveats: z.number().int().nonnegative(),
    not_comparable: z.number().int().nonnegative(),
  }),
  /**
   * The default first view, carried by the index itself: the core part's metrics file and each
   * default peer's core file (in defaultPeers order), identical to the files `parts` names. One
   * request and one compression context for the whole first view (they share their keys, metric
   * ids and caveats); a peer beyond the default set loads its own core file.
   */
  firstView: z.object({ metrics: partMetricsFileSchema, shards: z.array(compareShardSchema) }),
  /**
   * Per part (core: the metrics marked `core`; rest: the others, as each metric's `core` says):
   * its metrics file (partMetricsFileSchema) and one file per company.
   */
  parts: z.object({
    core: z.object({ metrics: z.string(), companies: z.record(z.string(), z.string()) }),
    rest: z.object({ metrics: z.string(), companies: z.record(z.string(), z.string()) }),
  }),
});

export const manifestSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  files: z.object({
    /** SHA-256 of every input file (inputsFileSchema): in its own file, as it grows with the corpus. */
    inputs: z.string(),
    observations: z.string(),
    metrics: z.string(),
    companies: z.string(),
    sources: z.string(),
    caveats: z.string(),
    disclosure: z.string(),
    refusals: z.string(),
    conflicts: z.string(),
    /** The HKEX disclosure matrix (rows, index entries, cells, per-company counts and score). */
    matrix: z.string(),
    /** The compare page's index (compareIndexSchema), which names the part files. */
    compare: z.string(),
  }),
  /**
   * Relative path of the seed map (seedMapSchema), loaded on demand by the views that show a
   * source's text (the provenance panel, the source reader), so the first view does not carry it.
   */
  seeds: z.string(),
  /** Relative path of the coverage report (numbers used / ignored / unreviewed per seed). */
  coverage: z.string(),
});

/** Seed file name → relative path of its compiled text. */
export const seedMapSchema = z.record(z.string(), z.string());

/** Input file path → SHA-256 of its bytes. */
export const inputsFileSchema = z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/));
export const observationsFileSchema = z.array(observationSchema);
export const metricsFileSchema = z.array(metricSchema);
export const companiesFileSchema = z.array(companySchema);
export const sourcesFileSchema = z.array(sourceSchema);
export const caveatsFileSchema = z.array(caveatSchema);
export const disclosureFileSchema = z.array(disclosureCellSchema);
export const refusalsFileSchema = z.array(refusalSchema);
export const conflictsFileSchema = z.array(conflictSchema);

export type Provenance = z.infer<typeof provenanceSchema>;
export type Company = z.infer<typeof companySchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Caveat = z.infer<typeof caveatSchema>;
export type Observation = z.infer<typeof observationSchema>;
export type Refusal = z.infer<typeof refusalSchema>;
export type Conflict = z.infer<typeof conflictSchema>;
export type Per = z.infer<typeof perSchema>;
export type Bilingual = z.infer<typeof bilingualSchema>;
export type DisclosureCell = z.infer<typeof disclosureCellSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type SeedCoverage = z.infer<typeof seedCoverageSchema>;
export type HkexRow = z.infer<typeof hkexRowSchema>;
export type IndexEntry = z.infer<typeof indexEntrySchema>;
export type MatrixStatus = z.infer<typeof matrixStatusSchema>;
export type MatrixCell = z.infer<typeof matrixCellSchema>;
export type MatrixSummary = z.infer<typeof matrixSummarySchema>;
export type MatrixFile = z.infer<typeof matrixFileSchema>;
export type Status = z.infer<typeof statusSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type Grade = z.infer<typeof gradeSchema>;
export type ComparePart = z.infer<typeof comparePartSchema>;
export type CardMetric = z.infer<typeof cardMetricSchema>;
export type PartMetrics = z.infer<typeof partMetricsFileSchema>;
export type FirstView = CompareIndex['firstView'];
export type CardCaveat = z.infer<typeof cardCaveatSchema>;
/** A card's observation as the compare files carry it: without its company and id, which are implied. */
export type CardObservationEntry = z.infer<typeof cardObservationSchema>;
/** A card's observation in the app: its entry with its file's company and its id restored. */
export type CardObservation = CardObservationEntry & { id: string; company: string };
export type CompareIndex = z.infer<typeof compareIndexSchema>;
export type CompareShard = z.infer<typeof compareShardSchema>;
