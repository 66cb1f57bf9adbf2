/**
 * The compile pipeline: load → extract (tables, rules) → assemble → gaps →
 * derive → fill undisclosed → validate → verify every quote → coverage → emit.
 */
import type { Inputs } from './load-inputs';
import { CompileError, type Warning } from './errors';
import { applyRule } from './rules';
import { extractTableFigures } from './table-map';
import { parseTables } from './table-rows';
import { assembleObservation } from './assemble';
import { declaredGaps, fillUndisclosed } from './gaps';
import { derive } from './derive';
import { normalise } from './normalise';
import { resolveCitation } from './citations';
import { verifyAll } from './verify';
import { disclosureMatrix } from './disclosure';
import { buildMatrix, verifyMatrix } from './matrix';
import { coverageFor, type SeedCoverage } from './coverage';
import { sha256 } from './emit';
import {
  caveatsFileSchema,
  companiesFileSchema,
  disclosureFileSchema,
  matrixFileSchema,
  metricsFileSchema,
  observationsFileSchema,
  refusalsFileSchema,
  sourcesFileSchema,
  type Caveat,
  type Conflict,
  type MatrixFile,
  type Observation,
  type Refusal,
} from '../model/schema';
import type { ExtractedFigure } from './extracted';
import { activateVocabulary } from './vocabulary';
import { checkClaims } from './claims';
import { corroborate, splitStatements } from './corroborate';

export interface CompileResult {
  datasets: {
    observations: Observation[];
    metrics: Inputs['metrics'];
    companies: Inputs['companies'];
    sources: Inputs['sources'];
    caveats: Caveat[];
    disclosure: ReturnType<typeof disclosureMatrix>;
    refusals: Refusal[];
    conflicts: Conflict[];
    matrix: MatrixFile;
  };
  coverage: SeedCoverage[];
  warnings: Warning[];
  inputHashes: Record<string, string>;
}

/** Lookups by id, built once per compile: a corpus of many companies stays linear. */
interface Lookups {
  sources: Map<string, Inputs['sources'][number]>;
  companies: Set<string>;
}

function companyOf(
  lookups: Lookups,
  source: string,
  override: string | undefined,
  where: { file: string; rule: string },
): string {
  const src = lookups.sources.get(source);
  if (!src) throw new CompileError(where, `unknown source ${JSON.stringify(source)} (not in data/sources.json)`);
  const company = override ?? src.company;
  if (!lookups.companies.has(company)) throw new CompileError(where, `unknown company ${JSON.stringify(company)}`);
  return company;
}

function seedOf(inputs: Inputs, source: string, where: { file: string; rule: string }) {
  const seed = inputs.seeds.get(source);
  if (!seed) throw new CompileError(where, `seed ${JSON.stringify(source)} is not a registered source`);
  return seed;
}

/** Items grouped by a key, in their original order. */
function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const byKey = (a: Observation, b: Observation) =>
  a.company.localeCompare(b.company) ||
  a.metric.localeCompare(b.metric) ||
  a.period.localeCompare(b.period) ||
  a.rule.localeCompare(b.rule);

export function compile(inputs: Inputs): CompileResult {
  activateVocabulary(inputs.vocabulary);
  const warnings: Warning[] = [];
  const caveats: Caveat[] = inputs.caveats.map((c) => ({
    id: c.id,
    grade: c.grade,
    textZh: c.textZh,
    textEn: c.textEn,
    blocksNormalisation: c.blocksNormalisation,
    citations: c.citations.map((cit) => resolveCitation(cit, inputs.seeds, { file: c.file, rule: `caveat ${c.id}` }, 'context')),
  }));
  const caveatIds = new Set(caveats.map((c) => c.id));
  if (caveatIds.size !== caveats.length) throw new CompileError({ file: 'data/caveats' }, 'duplicate caveat id');
  const metrics = new Map(inputs.metrics.map((m) => [m.id, m]));
  const lookups: Lookups = {
    // the first source of an id wins, as Array.find did
    sources: new Map([...inputs.sources].reverse().map((s) => [s.id, s])),
    companies: new Set(inputs.companies.map((c) => c.id)),
  };

  const figures: ExtractedFigure[] = [];
  for (const { file, map } of inputs.tables) {
    const where = { file, rule: file };
    figures.push(
      ...extractTableFigures(map, seedOf(inputs, map.source, where), companyOf(lookups, map.source, map.company, where), file),
    );
  }
  for (const { file, rules } of inputs.rules) {
    for (const rule of rules) {
      const where = { file, rule: rule.id };
      figures.push(
        applyRule(rule, seedOf(inputs, rule.source, where), companyOf(lookups, rule.source, rule.company, where), warnings),
      );
    }
  }
  const ruleIds = new Set<string>();
  for (const f of figures) {
    const key = `${f.ruleId}:${f.period}`;
    if (ruleIds.has(key)) throw new CompileError({ file: `seeds/${f.source}`, rule: f.ruleId }, 'duplicate rule id');
    ruleIds.add(key);
  }

  checkClaims(figures);
  const { primaries, corroborating } = splitStatements(figures);
  let observations = primaries.map((f) => assembleObservation(f, metrics, caveatIds, warnings));
  const conflicts = corroborate(
    observations,
    corroborating.map((f) => assembleObservation(f, metrics, caveatIds, warnings)),
    warnings,
  );
  observations.push(...declaredGaps(inputs, caveatIds));
  observations.push(...derive(inputs, observations, caveatIds));
  const normalised = normalise(inputs, observations, caveats);
  observations.push(...normalised.observations);
  observations.push(...fillUndisclosed(inputs, observations));
  const checked = observationsFileSchema.safeParse(observations);
  if (!checked.success) {
    // a shape the schema refuses is still named by file, line and rule, never an unexplained crash
    const issue = checked.error.issues[0]!;
    const bad = observations[Number(issue.path[0])];
    const at = bad?.provenance[0];
    throw new CompileError(
      { file: at ? `seeds/${at.source}` : 'data', line: at?.line, rule: bad?.rule },
      `observation ${bad?.id ?? '?'} does not fit the dataset schema: ${issue.path.slice(1).join('.')}: ${issue.message}`,
    );
  }
  observations = checked.data.sort(byKey);

  verifyAll(observations, caveats, inputs.seeds, conflicts);

  const built = buildMatrix({ ...inputs, observations });
  verifyMatrix(built.matrix, inputs.seeds);

  // Everything coverage needs, grouped by seed once (not rescanned per seed).
  const mappedSources = new Set(inputs.tables.map((t) => t.map.source));
  const valueLines = new Set<string>();
  for (const o of observations)
    for (const p of o.provenance) if (p.role === 'value') valueLines.add(`${p.source}\u0000${p.line}`);
  const usedBySource = groupBy(
    [
      ...observations.flatMap((o) => [
        ...o.provenance,
        ...(o.corroborations ?? []),
        ...(o.derivation?.inputs.flatMap((i) => i.provenance) ?? []),
      ]),
      ...conflicts.flatMap((c) => c.statements.flatMap((st) => st.provenance)),
    ],
    (p) => p.source,
  );
  const ignoresBySource = groupBy(
    inputs.ignores.flatMap((i) => i.ignores.map((g) => ({ ...g, file: i.file }))),
    (g) => g.source,
  );
  const regionsBySource = groupBy(built.indexRegions, (r) => r.source);
  const coverage = inputs.sources.map((s) => {
    const seed = inputs.seeds.get(s.id)!;
    const unmapped = mappedSources.has(s.id) ? parseTables(seed).filter((r) => !valueLines.has(`${s.id}\u0000${r.line}`)) : [];
    const ignoreEntries: Parameters<typeof coverageFor>[3] = [...(ignoresBySource.get(s.id) ?? [])];
    // Disclosure indexes: their codes and page numbers are read by the index parser.
    ignoreEntries.push(...(regionsBySource.get(s.id) ?? []).map((r) => ({ ...r, file: 'data/indexes' })));
    return coverageFor(seed, s.kind === 'esg_report', usedBySource.get(s.id) ?? [], ignoreEntries, unmapped, warnings);
  });
  for (const i of inputs.ignores) {
    for (const g of i.ignores) {
      if (!inputs.seeds.has(g.source))
        throw new CompileError(
          { file: i.file, line: g.line },
          `ignore names source ${JSON.stringify(g.source)}, which is not in data/sources.json`,
        );
    }
  }

  const inputHashes = Object.fromEntries(
    [...inputs.bytes].map(([k, v]) => [k, sha256(v)] as const).sort(([a], [b]) => a.localeCompare(b)),
  );
  return {
    datasets: {
      observations,
      metrics: metricsFileSchema.parse(inputs.metrics),
      companies: companiesFileSchema.parse(inputs.companies),
      sources: sourcesFileSchema.parse(inputs.sources),
      caveats: caveatsFileSchema.parse(caveats),
      disclosure: disclosureFileSchema.parse(
        disclosureMatrix(
          observations,
          inputs.companies.map((c) => c.id),
          inputs.metrics.map((m) => m.id),
        ),
      ),
      refusals: refusalsFileSchema.parse(normalised.refusals),
      conflicts,
      matrix: matrixFileSchema.parse(built.matrix),
    },
    coverage,
    warnings,
    inputHashes,
  };
}
