/**
 * Compiles the real seeds and data into a temp folder once, and builds msw
 * handlers that serve it as the static host would — plus ways to break it.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { compileToDir } from '../../src/compiler/compile-to-dir';
import type { Manifest } from '../../src/model/schema';

export interface CompiledSite {
  dir: string;
  manifest: Manifest;
  /** The seed map the manifest names: seed file name → path of its text. */
  seeds: Record<string, string>;
}
let compiled: CompiledSite | undefined;

/** Compile the inputs under `root` (seeds/ and data/) into a fresh temp folder. */
export function compileSite(root: string): CompiledSite {
  const dir = mkdtempSync(join(tmpdir(), 'duibiao-data-'));
  const { manifest } = compileToDir(root, dir);
  return { dir, manifest, seeds: JSON.parse(readFileSync(join(dir, manifest.seeds), 'utf8')) };
}

/** The real seeds and data, compiled once per test file. */
export function compiledSite(): CompiledSite {
  compiled ??= compileSite(process.cwd());
  return compiled;
}

export function readCompiled(file: string, site: Pick<CompiledSite, 'dir'> = compiledSite()): string {
  return readFileSync(join(site.dir, file), 'utf8');
}

export const DATA_URL = 'http://localhost:3000/data/';

/** Serve every compiled file; `override` maps a file name to a replacement response. */
export function siteHandlers(
  override: Record<string, () => Response | Promise<Response>> = {},
  site: Pick<CompiledSite, 'dir'> = compiledSite(),
): HttpHandler[] {
  return [
    http.get(`${DATA_URL}:file`, ({ params }) => {
      const file = String(params.file);
      if (override[file]) return override[file]!();
      try {
        const body = readCompiled(file, site);
        return new HttpResponse(body, {
          headers: { 'content-type': file.endsWith('.json') ? 'application/json' : 'text/plain' },
        });
      } catch {
        return new HttpResponse('not found', { status: 404 });
      }
    }),
  ];
}
