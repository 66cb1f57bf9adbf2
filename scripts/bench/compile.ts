/**
 * Compiler cost: the project's five seeds (median of N warm runs, each a full
 * load + compile + emit into a scratch folder), and a synthetic corpus of
 * `copies`× the seeds compiled the same way, compared with linear growth.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileToDir } from '../../src/compiler/compile-to-dir';
import { writeSyntheticCorpus } from './synthetic';

export interface CompileFigures {
  runs: number;
  medianMs: number;
  minMs: number;
  outputBytes: number;
  observations: number;
  corpus: { copies: number; companies: number; seeds: number; ms: number; observations: number };
  /** corpus.ms / (copies × medianMs): 1 is perfectly linear. */
  linearRatio: number;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const result = f();
  return [result, performance.now() - t0];
}

export function benchCompile(projectRoot: string, work: string, runs: number, copies: number): CompileFigures {
  const out = mkdtempSync(join(tmpdir(), 'duibiao-bench-compile-'));
  try {
    compileToDir(projectRoot, out); // warm-up: module loading and JIT, not counted
    const times: number[] = [];
    let observations = 0;
    for (let i = 0; i < runs; i++) {
      const [result, ms] = timed(() => compileToDir(projectRoot, out));
      observations = result.datasets.observations.length;
      times.push(ms);
    }
    const outputBytes = readdirSync(out).reduce((sum, f) => sum + statSync(join(out, f)).size, 0);

    const corpus = writeSyntheticCorpus(projectRoot, join(work, `corpus-${copies}x`), copies);
    const [big, ms] = timed(() => compileToDir(corpus.root, join(corpus.root, 'out')));
    const medianMs = median(times);
    return {
      runs,
      medianMs,
      minMs: Math.min(...times),
      outputBytes,
      observations,
      corpus: { copies, companies: corpus.companies, seeds: corpus.seeds, ms, observations: big.datasets.observations.length },
      linearRatio: ms / (copies * medianMs),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
