/** Prints compile time (median of N runs) and output size. Figures, not pass/fail. */
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileToDir } from '../src/compiler/compile-to-dir';

const runs = Number(process.argv[2] ?? 15);
const times: number[] = [];
const out = mkdtempSync(join(tmpdir(), 'duibiao-bench-'));
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  compileToDir(process.cwd(), out);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const files = readdirSync(out).map((f) => ({ f, size: statSync(join(out, f)).size }));
console.log(
  `compile: median ${times[Math.floor(runs / 2)]!.toFixed(1)} ms, min ${times[0]!.toFixed(1)} ms over ${runs} runs (first run includes JIT warm-up)`,
);
for (const { f, size } of files.sort((a, b) => b.size - a.size)) console.log(`  ${f}: ${(size / 1024).toFixed(1)} KiB`);
