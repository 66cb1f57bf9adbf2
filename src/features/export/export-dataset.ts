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
