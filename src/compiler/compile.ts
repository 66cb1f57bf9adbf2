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
  sourcesFileSchema,
  type Caveat,
  type Conflict,
  type MatrixFile,
  type Observation,
  type Refusal,
} from '../model/schema';
import type { ExtractedFigure } from './extracted';

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

function companyOf(inputs: Inputs, source: string, override: string | undefined, where: { file: string; rule: string }): string {
  const src = inputs.sources.find((s) => s.id === source);
  if (!src) throw new CompileError(where, `unknown source ${JSON.stringify(source)} (not in data/sources.json)`);
  const company = override ?? src.company;
  if (!inputs.companies.some((c) => c.id === company))
    throw new CompileError(where, `unknown company ${JSON.stringify(company)}`);
  return company;
}

function seedOf(inputs: Inputs, source: string, where: { file: string; rule: string }) {
  const seed = inputs.seeds.get(source);
  if (!seed) throw new CompileError(where, `seed ${JSON.stringify(source)} is not a registered source`);
  return seed;
}

const byKey = (a: Observation, b: Observation) =>
  a.company.localeCompare(b.company) ||
  a.metric.localeCompare(b.metric) ||
  a.period.localeCompare(b.period) ||
  a.rule.localeCompare(b.rule);

export function compile(inputs: Inputs): CompileResult {
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

  const figures: ExtractedFigure[] = [];
  for (const { file, map } of inputs.tables) {
    const where = { file, rule: file };
    figures.push(
      ...extractTableFigures(map, seedOf(inputs, map.source, where), companyOf(inputs, map.source, map.company, where), file),
    );
  }
  for (const { file, rules } of inputs.rules) {
    for (const rule of rules) {
      const where = { file, rule: rule.id };
      figures.push(applyRule(rule, seedOf(inputs, rule.source, where), companyOf(inputs, rule.source, rule.company, where)));
    }
  }
  const ruleIds = new Set<string>();
  for (const f of figures) {
    const key = `${f.ruleId}:${f.period}`;
    if (ruleIds.has(key)) throw new CompileError({ file: `seeds/${f.source}`, rule: f.ruleId }, 'duplicate rule id');
    ruleIds.add(key);
  }

  let observations = figures.map((f) => assembleObservation(f, metrics, caveatIds, warnings));
  observations.push(...declaredGaps(inputs, caveatIds));
  observations.push(...derive(inputs, observations, caveatIds));
  observations.push(...fillUndisclosed(inputs, observations));
  observations = observationsFileSchema.parse(observations).sort(byKey);

  verifyAll(observations, caveats, inputs.seeds);

  const built = buildMatrix({ ...inputs, observations });
  verifyMatrix(built.matrix, inputs.seeds);

  const coverage = inputs.sources.map((s) => {
    const seed = inputs.seeds.get(s.id)!;
    const mapped = inputs.tables.filter((t) => t.map.source === s.id);
    const unmapped = mapped.length
      ? parseTables(seed).filter(
          (r) =>
            !observations.some((o) => o.provenance.some((p) => p.source === s.id && p.line === r.line && p.role === 'value')),
        )
      : [];
    const ignoreEntries = inputs.ignores.flatMap((i) =>
      i.ignores.filter((g) => g.source === s.id).map((g) => ({ ...g, file: i.file })),
    );
    // Disclosure indexes: their codes and page numbers are read by the index parser.
    ignoreEntries.push(...built.indexRegions.filter((r) => r.source === s.id).map((r) => ({ ...r, file: 'data/indexes' })));
    return coverageFor(
      seed,
      s.kind === 'esg_report',
      observations,
      ignoreEntries,
      unmapped,
      ignoreEntries[0]?.file ?? 'data/ignores',
    );
  });

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
      // Filled by compiled normalisation and corroboration (issue 8).
      refusals: [],
      conflicts: [],
      matrix: matrixFileSchema.parse(built.matrix),
    },
    coverage,
    warnings,
    inputHashes,
  };
}
