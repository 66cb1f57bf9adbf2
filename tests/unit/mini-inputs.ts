/**
 * Small synthetic compiles: the repo's companies, metrics, caveats and vocabulary,
 * plus one synthetic seed with the rules and table maps a test gives. Nothing on disk.
 */
import { fileURLToPath } from 'node:url';
import { loadInputs, type Inputs } from '../../src/compiler/load-inputs';
import { compile, type CompileResult } from '../../src/compiler/compile';
import { rulesFileSchema, tableMapSchema } from '../../src/compiler/input-schema';
import { seedFromText } from '../../src/compiler/seed-text';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const repoInputs: Inputs = loadInputs(ROOT);
export const MINI = 'mini_seed.txt';

export function miniInputs(text: string, opts: { rules?: unknown[]; tables?: unknown[]; company?: string } = {}): Inputs {
  const seeds = new Map(repoInputs.seeds);
  seeds.set(MINI, seedFromText(MINI, text));
  return {
    ...repoInputs,
    sources: [
      ...repoInputs.sources,
      { ...repoInputs.sources[4]!, id: MINI, company: opts.company ?? 'finvolution', title: 'synthetic test seed' },
    ],
    rules: [
      {
        file: 'data/rules/mini.json',
        rules: rulesFileSchema.parse(
          (opts.rules ?? []).map((r) => ({ source: MINI, note: 'test', noteZh: '测试', ...(r as object) })),
        ),
      },
    ],
    tables: (opts.tables ?? []).map((t, i) => ({
      file: `data/tables/mini${i}.json`,
      map: tableMapSchema.parse({ source: MINI, ...(t as object) }),
    })),
    gaps: [],
    derivations: [],
    ignores: [],
    seeds,
  };
}

export function compileMini(text: string, opts: Parameters<typeof miniInputs>[1] = {}): CompileResult {
  return compile(miniInputs(text, opts));
}

export function valueOf(result: CompileResult, metric: string, period: string): number | null | undefined {
  return result.datasets.observations.find((o) => o.metric === metric && o.period === period && o.status !== 'not_disclosed')
    ?.value;
}
