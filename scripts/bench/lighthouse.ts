/**
 * Lighthouse (pinned devDependency) against a served site: its default config
 * is the mobile preset (Moto G Power viewport, slow 4G, 4× CPU, simulated).
 * Runs the CLI in a child process so the bench's server keeps serving; any
 * failure comes back as a reason, never an exception.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS } from './load';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  tbt: number;
  fcp: number;
  lcp: number;
  /** Audits below full marks in accessibility and best practices, by title. */
  failing: string[];
}

interface LighthouseReport {
  runtimeError?: { message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { numericValue?: number; score: number | null; title: string }>;
}

export async function runLighthouse(url: string, timeoutMs = 150_000): Promise<LighthouseScores | { error: string }> {
  const cli = join(createRequire(import.meta.url).resolve('lighthouse/package.json'), '..', 'cli', 'index.js');
  const out = mkdtempSync(join(tmpdir(), 'duibiao-lighthouse-'));
  const reportPath = join(out, 'report.json');
  const args = [
    cli,
    url,
    '--output=json',
    `--output-path=${reportPath}`,
    '--only-categories=performance,accessibility,best-practices',
    `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
    '--quiet',
  ];
  try {
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM } });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
      child.on('close', (c) => {
        clearTimeout(timer);
        resolve({ code: c, stderr });
      });
    });
    if (code !== 0)
      return { error: `lighthouse exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ') || 'no message'}` };
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as LighthouseReport;
    if (report.runtimeError) return { error: `lighthouse runtime error: ${report.runtimeError.message}` };
    const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
    const audit = (id: string) => report.audits[id]?.numericValue ?? NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      tbt: audit('total-blocking-time'),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      failing: ['accessibility', 'best-practices'].flatMap((c) =>
        (report.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score !== null && (report.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${c}: ${report.audits[ref.id]!.title}`),
      ),
    };
  } catch (e) {
    return { error: `lighthouse could not run: ${(e as Error).message}` };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
