/** Load, compile and emit in one call: used by the CLI, the benchmark and the tests. */
import { loadInputs } from './load-inputs';
import { compile, type CompileResult } from './compile';
import { emit } from './emit';
import { compareFiles } from './compare-files';
import type { Manifest } from '../model/schema';

export function compileToDir(root: string, outDir: string): CompileResult & { manifest: Manifest } {
  const inputs = loadInputs(root);
  const result = compile(inputs);
  const manifest = emit(outDir, {
    datasets: result.datasets,
    compare: compareFiles(result.datasets),
    seeds: new Map([...inputs.seeds].map(([k, v]) => [k, v.text])),
    coverage: result.coverage,
    inputHashes: result.inputHashes,
  });
  return { ...result, manifest };
}
