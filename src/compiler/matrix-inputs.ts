/**
 * Inputs of the HKEX disclosure matrix under data/: the HKEX ESG Reporting
 * Guide's rows (data/standards/hkex-esg-guide.json), crosswalks from other
 * standards to it (data/crosswalks/*.json) and one index-parsing rule per seed
 * whose report carries a disclosure index (data/indexes/*.json).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { bilingualSchema, hkexRowSchema, indexStandardSchema } from '../model/schema';

const regex = z.string().refine(
  (s) => {
    try {
      new RegExp(s.replaceAll('{sections}', 'x').replaceAll('{section}', 'x'), 'u');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

export const hkexGuideSchema = z.object({
  standard: z.literal('hkex'),
  title: bilingualSchema,
  pillarNote: z.string().min(1),
  rows: z.array(hkexRowSchema).min(1),
});

export const crosswalkFileSchema = z.object({
  /** The standard whose codes an index uses (gri …). */
  from: indexStandardSchema.exclude(['hkex']),
  to: z.literal('hkex'),
  title: bilingualSchema,
  basis: z.string().min(1),
  map: z.array(
    z.object({
      code: z.string().min(1),
      /** HKEX KPI codes (A1.2) or aspect codes (B6, its general disclosure); empty when the Guide has no counterpart. */
      hkex: z.array(z.string()),
      note: z.string().min(1),
    }),
  ),
});

/** How to read one report's disclosure index (all patterns match a trimmed line). */
export const indexRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
  source: z.string(),
  standard: indexStandardSchema,
  /** Literal text, unique in the seed; the index starts on the line after its last line. */
  start: z.string().min(1),
  /** Literal text, unique in the seed; the index ends on the line before it. Omitted: the end of the file. */
  end: z.string().min(1).optional(),
  /** Lines to drop: repeated table headers, running headers, wrapped standard names. */
  skip: z.array(regex).default([]),
  /** A line that opens a group (an HKEX aspect); named group `group` holds its code. */
  group: regex.optional(),
  /**
   * Lines that open an entry. Named group `code` holds the code printed; with `code: "group"`
   * the entry takes the current group's code (HKEX general disclosures). Named group `rest`
   * holds text after the code on the same line, read like a continuation line.
   */
  entries: z.array(z.object({ pattern: regex, code: z.literal('group').optional() })).min(1),
  /** Chapter names the index cites, substituted for {sections} in `citation` (escaped, longest first). */
  sections: z.array(z.string().min(1)).default([]),
  /** Matches a cited section at the end of a line: named groups `section` and optionally `page`. */
  citation: regex,
  /** The company's own marks: "/" (not disclosed), 不适用 (not applicable). */
  marks: z.array(z.object({ pattern: regex, status: z.enum(['not_disclosed', 'not_applicable']) })).default([]),
  /** A body line that is the cited section's heading; {section} stands for the section name. */
  headingPattern: regex,
  note: z.string().min(1),
});

export type HkexGuide = z.infer<typeof hkexGuideSchema>;
export type CrosswalkFile = z.infer<typeof crosswalkFileSchema>;
export type IndexRule = z.infer<typeof indexRuleSchema>;

export interface MatrixInputs {
  guide: HkexGuide & { file: string };
  crosswalks: (CrosswalkFile & { file: string })[];
  indexes: (IndexRule & { file: string })[];
}

type ReadJson = <S extends z.ZodType>(path: string, schema: S) => z.infer<S>;

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** Reads the matrix inputs with load-inputs' validating reader (which records bytes for the manifest). */
export function loadMatrixInputs(root: string, read: ReadJson): MatrixInputs {
  const data = join(root, 'data');
  const guidePath = join(data, 'standards', 'hkex-esg-guide.json');
  return {
    guide: { ...read(guidePath, hkexGuideSchema), file: relative(root, guidePath) },
    crosswalks: jsonFiles(join(data, 'crosswalks')).map((f) => ({ ...read(f, crosswalkFileSchema), file: relative(root, f) })),
    indexes: jsonFiles(join(data, 'indexes')).map((f) => ({ ...read(f, indexRuleSchema), file: relative(root, f) })),
  };
}
