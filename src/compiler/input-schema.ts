/**
 * Schemas of the hand-curated inputs under data/. These are compiler-only:
 * the app never sees data/, only the emitted datasets (see src/model/schema.ts).
 */
import { z } from 'zod';
import {
  basisSchema,
  caveatSchema,
  companySchema,
  metricSchema,
  perSchema,
  periodSchema,
  qualifierSchema,
  sourceSchema,
} from '../model/schema';

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/);

/** A citation in data/: anchored on literal text, resolved to lines by the compiler. */
export const citationInputSchema = z.object({
  source: z.string(),
  /** Literal text (may span lines with "\n") that must occur exactly once in the source. */
  quote: z.string().min(1),
});

export const caveatInputSchema = caveatSchema.omit({ citations: true }).extend({
  citations: z.array(citationInputSchema).min(1),
});

/** Label-anchored extraction rule (infographics and news prose). */
export const ruleSchema = z.object({
  id,
  source: z.string(),
  /** Defaults to the source's company. */
  company: z.string().optional(),
  metric: z.string(),
  period: periodSchema,
  /** Literal label text (and layout, via "\n"), which must match exactly once in the source. */
  anchor: z.string().min(1),
  value: z.object({
    /** Search window, in lines relative to the anchor's first line, inclusive. */
    lines: z.tuple([z.number().int(), z.number().int()]).default([0, 0]),
    /** Literal text around the figure with {num} where the number stands; must match exactly once in the window. */
    pattern: z.string().includes('{num}'),
    /**
     * For a column of figures (an infographic printing labels, then units, then values):
     * the window holds exactly `of` matches and the figure is match number `index`
     * (1-based). Lines inserted into the layout change the count and stop the build.
     */
    nth: z
      .object({ index: z.number().int().min(1), of: z.number().int().min(1) })
      .refine((n) => n.index <= n.of)
      .optional(),
  }),
  /** The unit as printed (亿元, 万吨 …); must appear in the anchor-to-value lines. */
  unit: z.string(),
  /** When omitted, read from the text (超/近/约/余/多/+ …); when given, the text must agree. */
  qualifier: qualifierSchema.optional(),
  basis: basisSchema.optional(),
  /** "negative" when the label says the figure is a fall (降低/下降/减少): the value is negated. */
  sign: z.enum(['positive', 'negative']).default('positive'),
  caveats: z.array(z.string()).default([]),
  /**
   * This statement repeats a figure that another rule or table row states for the same
   * company, metric and period (a highlights page, a second article): it becomes a
   * corroboration of that observation, or a reported conflict when the figures disagree.
   */
  corroborates: z.boolean().optional(),
  /**
   * For a bare digit run that could be two values run together ("120130"): true when it
   * is (the observation is emitted as garbled), false when it is one number ("825840").
   */
  garbled: z.boolean().optional(),
  /** How the label and figure were paired. */
  note: z.string().min(1),
  /** The note in Chinese: observations carry both as notes {zh, en}. */
  noteZh: z.string().min(1),
});

export const rulesFileSchema = z.array(ruleSchema);

/** One mapped row of a KPI table parsed by the general table-row parser. */
export const tableRowSchema = z
  .object({
    id,
    /** Row label with whitespace removed, footnote digits excluded. */
    label: z.string(),
    /** Label of an earlier row this one follows (for repeated labels like 男性 / 女性). */
    under: z.string().optional(),
    metric: z.string(),
    /** A misprinted unit: the table says `printed`, the row really is `actual` (explained in note). */
    unitOverride: z.object({ printed: z.string(), actual: z.string() }).optional(),
    /** Only these columns, by year ("2022") or period ("FY2022"); default: every column. */
    years: z
      .array(z.string().regex(/^(?:FY)?\d{4}$/))
      .min(1)
      .optional(),
    /** Repeats a figure stated elsewhere (see ruleSchema.corroborates). */
    corroborates: z.boolean().optional(),
    /** Per cell: whether a bare digit run is garbled (see ruleSchema.garbled), by year. */
    garbled: z.record(z.string().regex(/^(?:FY)?\d{4}$/), z.boolean()).optional(),
    caveats: z.array(z.string()).default([]),
    /** Caveats for one column only (e.g. a boundary that changed in one year), by period. */
    periodCaveats: z.record(periodSchema, z.array(z.string())).default({}),
    note: z.string().min(1).optional(),
    /** The note in Chinese, required wherever `note` is given (observations carry both as notes {zh, en}). */
    noteZh: z.string().min(1).optional(),
  })
  .refine((row) => row.note === undefined || row.noteZh !== undefined, {
    path: ['noteZh'],
    message: 'a row with a note needs noteZh, the note in Chinese',
  });

export const tableMapSchema = z.object({
  source: z.string(),
  company: z.string().optional(),
  rows: z.array(tableRowSchema),
});

export const gapSchema = z.object({
  company: z.string(),
  metric: z.string(),
  status: z.enum(['not_disclosed', 'not_applicable', 'claimed_not_found']),
  period: periodSchema,
  note: z.string().min(1),
  /** The note in Chinese (observations carry both as notes {zh, en}). */
  noteZh: z.string().min(1).optional(),
  /** For claimed_not_found: the index entry that claims the data. */
  evidence: z.array(citationInputSchema).default([]),
  caveats: z.array(z.string()).default([]),
});

export const derivationInputSchema = z.object({
  id,
  company: z.string(),
  metric: z.string(),
  period: periodSchema,
  /** ratio_percent: a / b × 100; pct_change: (a − b) / b × 100; sum: a + b + … */
  op: z.enum(['ratio_percent', 'pct_change', 'sum', 'ratio']),
  /** ratio / ratio_percent / pct_change take exactly 2 inputs, sum at least 2 (checked with the file named). */
  inputs: z.array(z.object({ metric: z.string(), period: periodSchema })).min(1),
  caveats: z.array(z.string()).default([]),
  note: z.string().min(1),
  /** The note in Chinese (observations carry both as notes {zh, en}). */
  noteZh: z.string().min(1).optional(),
});

/**
 * A denominator the compiler may divide a metric by (data/normalisations.json):
 * metrics list the `per` values they accept in `normaliseBy`.
 */
export const normalisationSchema = z.object({
  per: perSchema,
  /** The metric whose same-year value is the denominator (headcount as its definition says, revenue). */
  denominator: z.string(),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  /** Written into every normalised observation's notes. */
  noteZh: z.string().min(1),
  noteEn: z.string().min(1),
});

/**
 * Numbers in a seed deliberately left out of the dataset, with the reason.
 * `text` is literal text in which `{num}` stands for any printed number, so an
 * ignore describes the noise (a heading "{num} 公司概况", a restatement
 * "员工总数（含外包）{num} 人") without pinning the figures: a corrected figure
 * still matches. An ignore that matches nothing is reported as stale (a warning
 * naming its file and line), never silently dropped.
 */
export const ignoreSchema = z.object({
  source: z.string(),
  text: z.string().min(1),
  reason: z.string().min(1),
});

/** A source id is a plain file name inside seeds/: no path separators, no "..", no hidden files. */
export const sourceIdSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/,
    'a source id must be a plain file name (letters, digits, _ - .), no path',
  );

export const inputSchemas = {
  companies: z.array(companySchema),
  sources: z.array(sourceSchema.extend({ id: sourceIdSchema })),
  metrics: z.array(metricSchema),
  caveats: z.array(caveatInputSchema),
  rules: rulesFileSchema,
  tables: tableMapSchema,
  gaps: z.array(gapSchema),
  derivations: z.array(derivationInputSchema),
  ignores: z.array(ignoreSchema),
  normalisations: z.array(normalisationSchema),
};

export type Rule = z.infer<typeof ruleSchema>;
export type TableMap = z.infer<typeof tableMapSchema>;
export type DerivationInput = z.infer<typeof derivationInputSchema>;
export type NormalisationInput = z.infer<typeof normalisationSchema>;
export type IgnoreInput = z.infer<typeof ignoreSchema>;
export type CitationInput = z.infer<typeof citationInputSchema>;
