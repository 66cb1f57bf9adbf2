/**
 * Builds the three sites the benchmark compares, each with the project's vite
 * and the precompress plugin, into .bench/ (gitignored):
 * - ours:  the app, with the datasets compiled from data/ and seeds/;
 * - scale: the same app, with datasets compiled from a synthetic corpus;
 * - floor: scripts/bench/floor, the bare stack drawing one bar chart from one
 *          JSON file (taken from the compiled observations).
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { compileToDir } from '../../src/compiler/compile-to-dir';
import { precompress } from '../vite-precompress';
import type { FloorData } from './floor/main';

export interface Site {
  name: string;
  dir: string;
}

/** Compiles `dataRoot` into `<work>/<name>-public/data` and builds the app with that public dir. */
export async function buildApp(projectRoot: string, work: string, name: string, dataRoot: string): Promise<Site> {
  const publicDir = join(work, `${name}-public`);
  rmSync(publicDir, { recursive: true, force: true });
  compileToDir(dataRoot, join(publicDir, 'data'));
  const outDir = join(work, name);
  await build({
    root: projectRoot,
    configFile: join(projectRoot, 'vite.config.ts'),
    publicDir,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  return { name, dir: outDir };
}

interface ObservationLike {
  company: string;
  metric: string;
  period: string;
  status: string;
  value: number | null;
  per?: string;
}

/** One metric every company reports for the same period, from the compiled observations. */
export function floorData(compiledDataDir: string): FloorData {
  const manifest = JSON.parse(readFileSync(join(compiledDataDir, 'manifest.json'), 'utf8')) as {
    files: Record<string, string>;
  };
  const read = <T>(name: string) => JSON.parse(readFileSync(join(compiledDataDir, manifest.files[name]!), 'utf8')) as T;
  const observations = read<ObservationLike[]>('observations');
  const companies = read<{ id: string; shortEn: string }[]>('companies');
  const reported = observations.filter((o) => o.status === 'reported' && o.value !== null && !o.per);
  const keys = [...new Set(reported.map((o) => `${o.metric} ${o.period}`))].sort();
  for (const key of keys) {
    const points = companies.flatMap((c) => {
      const o = reported.find((r) => r.company === c.id && `${r.metric} ${r.period}` === key);
      return o ? [{ name: c.shortEn, value: o.value! }] : [];
    });
    if (points.length === companies.length) return { title: key, points };
  }
  throw new Error('floor: no metric is reported by every company for one period');
}

export async function buildFloor(projectRoot: string, work: string, compiledDataDir: string): Promise<Site> {
  const publicDir = join(work, 'floor-public');
  rmSync(publicDir, { recursive: true, force: true });
  mkdirSync(publicDir, { recursive: true });
  writeFileSync(join(publicDir, 'data.json'), JSON.stringify(floorData(compiledDataDir)));
  const outDir = join(work, 'floor');
  await build({
    root: join(projectRoot, 'scripts/bench/floor'),
    configFile: false,
    base: './',
    publicDir,
    logLevel: 'error',
    plugins: [react(), precompress()],
    build: { outDir, emptyOutDir: true, assetsInlineLimit: 0 },
  });
  return { name: 'floor', dir: outDir };
}

/** Files of a built site (without the .br/.gz copies), relative to its root. */
export function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !/\.(br|gz)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}
