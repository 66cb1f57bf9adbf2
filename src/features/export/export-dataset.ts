/** What the export functions read: the loaded datasets, as the app already holds them. */
import type { Caveat, Company, Conflict, Manifest, Metric, Observation, Refusal, Source } from '../../model/schema';

export interface ExportDataset {
  manifest: Manifest;
  observations: Observation[];
  metrics: Metric[];
  companies: Company[];
  sources: Source[];
  caveats: Caveat[];
  refusals?: Refusal[];
  conflicts?: Conflict[];
  /** Input file path → SHA-256 (the build's inputs, for the README). */
  inputs?: Record<string, string>;
}

/**
 * The manifest entries the dataset archive leaves out: the compare page's files are derived
 * subsets of the datasets (and name part files of their own), rebuilt by the compiler.
 */
export const NOT_ARCHIVED: readonly string[] = ['compare'];
