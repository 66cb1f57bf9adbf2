/**
 * The full datasets' schemas, in their own chunk: zod loads only when a page
 * or action needs a full dataset, never in the first view (the compare page
 * reads its own small files, checked by model/light-check).
 */
import {
  caveatsFileSchema,
  companiesFileSchema,
  conflictsFileSchema,
  coverageFileSchema,
  disclosureFileSchema,
  inputsFileSchema,
  matrixFileSchema,
  metricsFileSchema,
  observationsFileSchema,
  refusalsFileSchema,
  sourcesFileSchema,
} from '../../model/schema';

export const DATASET_SCHEMAS = {
  observations: observationsFileSchema,
  metrics: metricsFileSchema,
  companies: companiesFileSchema,
  sources: sourcesFileSchema,
  caveats: caveatsFileSchema,
  disclosure: disclosureFileSchema,
  refusals: refusalsFileSchema,
  conflicts: conflictsFileSchema,
  matrix: matrixFileSchema,
  inputs: inputsFileSchema,
} as const;

export { coverageFileSchema };
