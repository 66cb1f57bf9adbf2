/**
 * Reads data/ and seeds/ from disk, validating each data file against its
 * input schema. Any problem names the file (and the JSON path or line).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { CompileError } from './errors';
import { inputSchemas } from './input-schema';
import { decodeSeed, type SeedText } from './seed-text';
import { loadMatrixInputs, type MatrixInputs } from './matrix-inputs';

type Schemas = typeof inputSchemas;
export interface Inputs {
  root: string;
  companies: z.infer<Schemas['companies']>;
  sources: z.infer<Schemas['sources']>;
  metrics: z.infer<Schemas['metrics']>;
  caveats: (z.infer<Schemas['caveats']>[number] & { file: string })[];
  rules: { file: string; rules: z.infer<Schemas['rules']> }[];
  tables: { file: string; map: z.infer<Schemas['tables']> }[];
  gaps: { file: string; gaps: z.infer<Schemas['gaps']> }[];
  derivations: { file: string; derivations: z.infer<Schemas['derivations']> }[];
  ignores: { file: string; ignores: z.infer<Schemas['ignores']> }[];
  /** HKEX disclosure matrix inputs: the Guide's rows, crosswalks, index-parsing rules (matrix-inputs.ts). */
  matrix: MatrixInputs;
  seeds: Map<string, SeedText>;
  /** Raw bytes of every input, by path relative to root, for the manifest's hashes. */
  bytes: Map<string, Uint8Array>;
}

function readJson<S extends z.ZodType>(root: string, path: string, schema: S, bytes: Map<string, Uint8Array>): z.infer<S> {
  const rel = relative(root, path);
  const buf = readFileSync(path);
  bytes.set(rel, buf);
  let json: unknown;
  try {
    json = JSON.parse(buf.toString('utf8'));
  } catch (e) {
    throw new CompileError({ file: rel }, `invalid JSON: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CompileError({ file: rel }, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

export function loadInputs(root: string): Inputs {
  const bytes = new Map<string, Uint8Array>();
  const data = join(root, 'data');
  const read = <S extends z.ZodType>(path: string, schema: S) => readJson(root, path, schema, bytes);
  const companies = read(join(data, 'companies.json'), inputSchemas.companies);
  const sources = read(join(data, 'sources.json'), inputSchemas.sources);
  const metrics = read(join(data, 'metrics.json'), inputSchemas.metrics);
  const caveats = jsonFiles(join(data, 'caveats')).flatMap((f) =>
    read(f, inputSchemas.caveats).map((c) => ({ ...c, file: relative(root, f) })),
  );
  const rules = jsonFiles(join(data, 'rules')).map((f) => ({ file: relative(root, f), rules: read(f, inputSchemas.rules) }));
  const tables = jsonFiles(join(data, 'tables')).map((f) => ({ file: relative(root, f), map: read(f, inputSchemas.tables) }));
  const gaps = jsonFiles(join(data, 'gaps')).map((f) => ({ file: relative(root, f), gaps: read(f, inputSchemas.gaps) }));
  const derivations = jsonFiles(join(data, 'derivations')).map((f) => ({
    file: relative(root, f),
    derivations: read(f, inputSchemas.derivations),
  }));
  const ignores = jsonFiles(join(data, 'ignores')).map((f) => ({
    file: relative(root, f),
    ignores: read(f, inputSchemas.ignores),
  }));

  // HKEX disclosure matrix inputs (data/standards, data/crosswalks, data/indexes).
  const matrix = loadMatrixInputs(root, read);

  const seeds = new Map<string, SeedText>();
  for (const s of sources) {
    const path = join(root, 'seeds', s.id);
    if (!existsSync(path))
      throw new CompileError({ file: 'data/sources.json' }, `source ${s.id}: seed file seeds/${s.id} is missing`);
    const buf = readFileSync(path);
    bytes.set(`seeds/${s.id}`, buf);
    seeds.set(s.id, decodeSeed(s.id, buf));
  }
  return { root, companies, sources, metrics, caveats, rules, tables, gaps, derivations, ignores, matrix, seeds, bytes };
}
