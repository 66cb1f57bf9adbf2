/**
 * npm run compile [-- --out DIR] [--root DIR]
 * Exits non-zero naming file, line and rule on any input it cannot handle.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileToDir } from './compile-to-dir';
import { CompileError } from './errors';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const root = resolve(arg('--root', '.'));
const out = resolve(arg('--out', resolve(root, 'public/data')));
const t0 = performance.now();
try {
  const result = compileToDir(root, out);
  const obs = result.datasets.observations;
  const count = (s: string) => obs.filter((o) => o.status === s).length;
  console.log(
    `compiled ${obs.length} observations (${count('reported')} reported, ${count('derived')} derived, ${count('garbled')} garbled, ` +
      `${count('claimed_not_found')} claimed-not-found, ${count('not_applicable')} not-applicable, ${count('not_disclosed')} not-disclosed) ` +
      `in ${Math.round(performance.now() - t0)} ms → ${out}`,
  );
  const conflicts = result.datasets.conflicts;
  console.log(
    `  ${obs.filter((o) => o.corroborations?.length).length} observation(s) corroborated by a second statement; ${conflicts.length} conflict(s)` +
      (conflicts.length ? `: ${conflicts.map((c) => c.id).join(', ')}` : ''),
  );
  for (const c of result.coverage) {
    console.log(`  coverage ${c.source}: ${c.tokens} numbers — ${c.used} used, ${c.ignored} ignored, ${c.unreviewed} unreviewed`);
  }
  if (result.warnings.length) {
    console.log(`${result.warnings.length} warning(s):`);
    for (const w of result.warnings)
      console.log(`  ${w.file}${w.line ? `:${w.line}` : ''}${w.rule ? ` [${w.rule}]` : ''}: ${w.message}`);
  }
} catch (e) {
  if (e instanceof CompileError) {
    console.error(`compile failed: ${e.message}`);
    process.exit(1);
  }
  console.error('compile failed with an unexpected error:', e instanceof Error ? e.message : e);
  process.exit(2);
}
