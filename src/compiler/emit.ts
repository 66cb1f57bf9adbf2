/**
 * Writes the datasets with content-hashed names, the seed texts (for the
 * provenance panel) and manifest.json. Output bytes depend only on the inputs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  SCHEMA_VERSION,
  compareIndexSchema,
  seedMapSchema,
  coverageFileSchema,
  manifestSchema,
  type Manifest,
} from '../model/schema';
import type { CompareFiles } from './compare-files';

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export interface EmitInput {
  datasets: Record<Exclude<keyof Manifest['files'], 'compare' | 'inputs'>, unknown>;
  compare: CompareFiles;
  seeds: Map<string, string>;
  coverage: unknown;
  inputHashes: Record<string, string>;
}

export function emit(outDir: string, input: EmitInput): Manifest {
  mkdirSync(outDir, { recursive: true });
  // Drop stale hashed files from earlier compiles so the folder holds one version.
  for (const f of readdirSync(outDir)) {
    if (/\.[0-9a-f]{10}\.(json|txt)$/.test(f) || f === 'manifest.json') rmSync(join(outDir, f));
  }
  const write = (name: string, ext: string, body: string) => {
    const file = `${name}.${sha256(body).slice(0, 10)}.${ext}`;
    writeFileSync(join(outDir, file), body);
    return file;
  };
  const files = Object.fromEntries(
    Object.entries(input.datasets).map(([name, data]) => [name, write(name, 'json', JSON.stringify(data))]),
  ) as Omit<Manifest['files'], 'compare' | 'inputs'>;
  const inputs = write('inputs', 'json', JSON.stringify(input.inputHashes));
  const { index, metrics, shards } = input.compare;
  const partFiles = (part: 'core' | 'rest') => ({
    metrics: write(`compare-${part}-metrics`, 'json', JSON.stringify(metrics[part])),
    companies: Object.fromEntries(
      shards[part].map((s) => [s.company, write(`compare-${part}-${s.company}`, 'json', JSON.stringify(s))]),
    ),
  });
  const parts = { core: partFiles('core'), rest: partFiles('rest') };
  const compare = write('compare', 'json', JSON.stringify(compareIndexSchema.parse({ ...index, parts })));
  const seeds: Record<string, string> = {};
  for (const [name, text] of [...input.seeds].sort(([a], [b]) => a.localeCompare(b))) {
    // defence in depth (load-inputs already checks source ids): never write outside outDir
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || name.includes('..'))
      throw new Error(`refusing to write seed ${JSON.stringify(name)}: not a plain file name`);
    seeds[name] = write(`seed-${name.replace(/\.txt$/, '')}`, 'txt', text);
  }
  coverageFileSchema.parse(input.coverage); // the app validates it with the same schema when the source page loads it
  const coverage = write('coverage', 'json', JSON.stringify(input.coverage, null, 1));
  const manifest = manifestSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    files: { ...files, compare, inputs },
    seeds: write('seeds', 'json', JSON.stringify(seedMapSchema.parse(seeds))),
    coverage,
  });
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest));
  return manifest;
}
