/**
 * Value lists the schema's enums are built from, kept zod-free so app code in
 * the first view can list them without loading the schema library.
 */

/** A metric's ESG pillar (or financial / innovation context). */
export const PILLARS = ['E', 'S', 'G', 'financial', 'innovation'] as const;

/** What a value may be normalised by: per employee, per revenue. */
export const PERS = ['employee', 'revenue'] as const;

/** The catalogue's metric groups, in page order. */
export const METRIC_GROUPS = [
  'financial',
  'innovation',
  'environment',
  'workforce',
  'consumer_protection',
  'governance',
  'inclusive_finance',
] as const;

/**
 * One status per company × HKEX row: figures in the dataset; only narrative; claimed in the
 * company's index but no figure found; the company's own "/" or 不适用; not addressed.
 */
export const MATRIX_STATUSES = [
  'disclosed_figures',
  'narrative_only',
  'claimed_absent',
  'self_not_disclosed',
  'self_not_applicable',
  'not_addressed',
] as const;
