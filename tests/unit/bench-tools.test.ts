// @vitest-environment node
/**
 * The benchmark's own tools: precompressed copies that decompress to the
 * original, a synthetic corpus the real compiler accepts and that grows the
 * dataset by exactly its number of copies, and Lighthouse's TBT arithmetic.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { compileToDir } from '../../src/compiler/compile-to-dir';
import { precompressDir } from '../../scripts/vite-precompress';
import { writeSyntheticCorpus } from '../../scripts/bench/synthetic';
import { totalBlockingTime } from '../../scripts/bench/load';

const dirs: string[] = [];
const scratch = () => {
  const d = mkdtempSync(join(tmpdir(), 'duibiao-bench-test-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('precompressDir', () => {
  it('writes .br and .gz copies that decompress to the original, and none that would not be smaller', async () => {
    const dir = scratch();
    const text = JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ id: i, company: 'mashang', value: i * 1.5 })));
    writeFileSync(join(dir, 'data.json'), text);
    writeFileSync(join(dir, 'tiny.json'), '[]');
    writeFileSync(join(dir, 'image.png'), text);
    await precompressDir(dir);
    expect(brotliDecompressSync(readFileSync(join(dir, 'data.json.br'))).toString()).toBe(text);
    expect(gunzipSync(readFileSync(join(dir, 'data.json.gz'))).toString()).toBe(text);
    expect(existsSync(join(dir, 'tiny.json.br'))).toBe(false);
    expect(existsSync(join(dir, 'tiny.json.gz'))).toBe(false);
    expect(existsSync(join(dir, 'image.png.br'))).toBe(false);
  });
});

describe('writeSyntheticCorpus', () => {
  it('copies every company under new ids, and the compiler yields that many times the observations', () => {
    const one = compileToDir(process.cwd(), join(scratch(), 'out'));
    const corpus = writeSyntheticCorpus(process.cwd(), join(scratch(), 'corpus'), 3);
    const three = compileToDir(corpus.root, join(corpus.root, 'out'));
    expect(corpus.companies).toBe(3 * one.datasets.companies.length);
    expect(corpus.seeds).toBe(3 * one.datasets.sources.length);
    expect(three.datasets.observations).toHaveLength(3 * one.datasets.observations.length);
    const ids = three.datasets.companies.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('mashang_s002');
  });
});

describe('totalBlockingTime', () => {
  it('counts the part of each long task over 50 ms, from first contentful paint on', () => {
    // before FCP: ignored; straddling FCP at 1000: 1000–1120 counts 120 − 50; after: 200 − 50; 40 ms: 0
    expect(
      totalBlockingTime(
        [
          [100, 300],
          [900, 220],
          [2000, 200],
          [3000, 40],
        ],
        1000,
      ),
    ).toBe(70 + 150);
  });
});
