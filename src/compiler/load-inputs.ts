/**
 * Reads data/ and seeds/ from disk, validating each data file against its
 * input schema. Any problem names the file (and the JSON path or line).
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { CompileError } from './errors';
import { inputSchemas } from './input-schema';
import { decodeSeed, type SeedText } from './seed-text';
import { loadMatrixInputs, type MatrixInputs } from './matrix-inputs';
import { qualifierVocabularySchema, unitsVocabularySchema, vocabularyFrom, type Vocabulary } from './vocabulary';

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
  /** Each ignore with the 1-based line of its entry in its file (for stale-ignore warnings). */
  ignores: { file: string; ignores: (z.infer<Schemas['ignores']>[number] & { line: number })[] }[];
  vocabulary: Vocabulary;
  /** HKEX disclosure matrix inputs: the Guide's rows, crosswalks, index-parsing rules (matrix-inputs.ts). */
  matrix: MatrixInputs;
  /** data/normalisations.json: the denominators (absent file: none). */
  normalisations: z.infer<Schemas['normalisations']>;
  seeds: Map<string, SeedText>;
  /** Raw bytes of every input, by path relative to root, for the manifest's hashes. */
  bytes: Map<string, Uint8Array>;
}

/** Read a file that must be a regular file; anything else is a named error, never a crash. */
function readRegularFile(root: string, path: string, what: string): Buffer {
  const rel = relative(root, path);
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch (e) {
    throw new CompileError({ file: rel }, `${what} cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (!isFile) throw new CompileError({ file: rel }, `${what} is a directory or special file, expected a regular file`);
  try {
    return readFileSync(path);
  } catch (e) {
    throw new CompileError({ file: rel }, `${what} cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function readJson<S extends z.ZodType>(root: string, path: string, schema: S, bytes: Map<string, Uint8Array>): z.infer<S> {
  const rel = relative(root, path);
  const buf = readRegularFile(root, path, 'data file');
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
    const rule = entryId(json, issue.path);
    throw new CompileError({ file: rel, ...(rule ? { rule } : {}) }, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** The `id` of the innermost entry on an issue's path (a rule, a table row), to name it in the error. */
function entryId(json: unknown, path: readonly PropertyKey[]): string | undefined {
  let at: unknown = json;
  let id: string | undefined;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) break;
    const own = (at as Record<PropertyKey, unknown>).id;
    if (typeof own === 'string') id = own;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  if (typeof at === 'object' && at !== null && typeof (at as Record<string, unknown>).id === 'string')
    id = (at as Record<string, string>).id;
  return id;
}

/** Editor lock, swap and backup files (.#x.json, .x.json.swp, x.json~, #x.json#). */
const EDITOR_DEBRIS = /^(?:\.#|#)|(?:\.swp|\.swo|~|#)$/;

function jsonFiles(root: string, dir: string): string[] {
  if (!existsSync(dir)) return [];
  const rel = relative(root, dir);
  if (!statSync(dir).isDirectory()) throw new CompileError({ file: rel }, 'expected a folder of JSON files, found a file');
  return readdirSync(dir)
    .filter((f) => {
      if (EDITOR_DEBRIS.test(f) || (f.startsWith('.') && f.endsWith('.json')))
        throw new CompileError(
          { file: join(rel, f) },
          'an editor lock, swap or hidden file sits among the data files; close the editor or remove the file',
        );
      return f.endsWith('.json');
    })
    .sort()
    .map((f) => join(dir, f));
}

/** 1-based line of each entry's "text" in a JSON array of ignores, in order. */
function entryLines(raw: string, texts: string[]): number[] {
  let at = 0;
  return texts.map((t) => {
    const i = raw.indexOf(`"text": ${JSON.stringify(t)}`, at);
    const found = i === -1 ? raw.indexOf(JSON.stringify(t), at) : i;
    if (found === -1) return 1;
    at = found + 1;
    return raw.slice(0, found).split('\n').length;
  });
}

export function loadInputs(root: string): Inputs {
  const bytes = new Map<string, Uint8Array>();
  const data = join(root, 'data');
  const read = <S extends z.ZodType>(path: string, schema: S) => readJson(root, path, schema, bytes);
  const companies = read(join(data, 'companies.json'), inputSchemas.companies);
  const sources = read(join(data, 'sources.json'), inputSchemas.sources);
  const metrics = read(join(data, 'metrics.json'), inputSchemas.metrics);
  const vocabulary = vocabularyFrom(
    read(join(data, 'vocabulary', 'units.json'), unitsVocabularySchema),
    read(join(data, 'vocabulary', 'qualifiers.json'), qualifierVocabularySchema),
  );
  const caveats = jsonFiles(root, join(data, 'caveats')).flatMap((f) =>
    read(f, inputSchemas.caveats).map((c) => ({ ...c, file: relative(root, f) })),
  );
  const rules = jsonFiles(root, join(data, 'rules')).map((f) => ({
    file: relative(root, f),
    rules: read(f, inputSchemas.rules),
  }));
  const tables = jsonFiles(root, join(data, 'tables')).map((f) => ({
    file: relative(root, f),
    map: read(f, inputSchemas.tables),
  }));
  const gaps = jsonFiles(root, join(data, 'gaps')).map((f) => ({ file: relative(root, f), gaps: read(f, inputSchemas.gaps) }));
  const derivations = jsonFiles(root, join(data, 'derivations')).map((f) => ({
    file: relative(root, f),
    derivations: read(f, inputSchemas.derivations),
  }));
  const ignores = jsonFiles(root, join(data, 'ignores')).map((f) => {
    const list = read(f, inputSchemas.ignores);
    const lines = entryLines(
      Buffer.from(bytes.get(relative(root, f))!).toString('utf8'),
      list.map((g) => g.text),
    );
    return { file: relative(root, f), ignores: list.map((g, i) => ({ ...g, line: lines[i]! })) };
  });
  const normalisationsPath = join(data, 'normalisations.json');
  const normalisations = existsSync(normalisationsPath) ? read(normalisationsPath, inputSchemas.normalisations) : [];

  // HKEX disclosure matrix inputs (data/standards, data/crosswalks, data/indexes).
  const matrix = loadMatrixInputs(root, read);

  const seeds = new Map<string, SeedText>();
  for (const s of sources) {
    const path = join(root, 'seeds', s.id);
    if (!existsSync(path))
      throw new CompileError({ file: 'data/sources.json' }, `source ${s.id}: seed file seeds/${s.id} is missing`);
    const buf = readRegularFile(root, path, `seed of source ${s.id}`);
    bytes.set(`seeds/${s.id}`, buf);
    seeds.set(s.id, decodeSeed(s.id, buf));
  }
  return {
    root,
    companies,
    sources,
    metrics,
    caveats,
    rules,
    tables,
    gaps,
    derivations,
    ignores,
    vocabulary,
    matrix,
    normalisations,
    seeds,
    bytes,
  };
}
