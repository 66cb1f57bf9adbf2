/**
 * Vite plugin: after the build is written, puts a brotli (`.br`) and a gzip
 * (`.gz`) copy next to every compressible file in the output folder (hashed
 * assets, index.html and the compiled datasets copied from public/), so a CDN
 * or static server can send them with `Content-Encoding` instead of
 * compressing on the fly. A copy that would not be smaller is not written.
 * Brotli runs at its maximum quality up to 1 MB; above that quality 11 takes
 * minutes on a large dataset for a few per cent, so quality 9 (large window).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats worth compressing; images and fonts are compressed already. */
export const COMPRESSIBLE = /\.(js|mjs|css|html|json|txt|svg|xml|map|webmanifest)$/;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

const MAX_QUALITY_BYTES = 1_000_000;

async function compress(raw: Buffer): Promise<[Buffer, Buffer]> {
  return Promise.all([
    brotli(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: raw.length <= MAX_QUALITY_BYTES ? constants.BROTLI_MAX_QUALITY : 9,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
    gz(raw, { level: constants.Z_BEST_COMPRESSION }),
  ]);
}

/**
 * Compresses every compressible file under `dir`, a few at a time; files with
 * identical content are compressed once.
 */
export async function precompressDir(dir: string): Promise<number> {
  const files = (await filesUnder(dir)).filter((f) => COMPRESSIBLE.test(f));
  const byContent = new Map<string, Promise<[Buffer, Buffer]>>();
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const raw = await readFile(file);
      const key = createHash('sha256').update(raw).digest('hex');
      if (!byContent.has(key)) byContent.set(key, compress(raw));
      const [br, gzipped] = await byContent.get(key)!;
      if (br.length < raw.length) await writeFile(`${file}.br`, br);
      if (gzipped.length < raw.length) await writeFile(`${file}.gz`, gzipped);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return files.length;
}

export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'duibiao:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // closeBundle runs after every file, public/ included, is on disk.
    async closeBundle(error?: Error) {
      if (error) return;
      await precompressDir(outDir);
    },
  };
}
