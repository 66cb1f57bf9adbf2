/**
 * Compiles the real seeds and data into a temp folder once, and builds msw
 * handlers that serve it as the static host would — plus ways to break it.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { loadInputs } from '../../src/compiler/load-inputs';
import { compile } from '../../src/compiler/compile';
import { emit } from '../../src/compiler/emit';
import type { Manifest } from '../../src/model/schema';

let compiled: { dir: string; manifest: Manifest } | undefined;

export function compiledSite() {
  if (!compiled) {
    const dir = mkdtempSync(join(tmpdir(), 'duibiao-data-'));
    const inputs = loadInputs(process.cwd());
    const result = compile(inputs);
    const manifest = emit(dir, {
      datasets: result.datasets,
      seeds: new Map([...inputs.seeds].map(([k, v]) => [k, v.text])),
      coverage: result.coverage,
      inputHashes: result.inputHashes,
    });
    compiled = { dir, manifest };
  }
  return compiled;
}

export function readCompiled(file: string): string {
  return readFileSync(join(compiledSite().dir, file), 'utf8');
}

export const DATA_URL = 'http://localhost:3000/data/';

/** Serve every compiled file; `override` maps a file name to a replacement response. */
export function siteHandlers(override: Record<string, () => Response | Promise<Response>> = {}): HttpHandler[] {
  compiledSite();
  return [
    http.get(`${DATA_URL}:file`, ({ params }) => {
      const file = String(params.file);
      if (override[file]) return override[file]!();
      try {
        const body = readCompiled(file);
        return new HttpResponse(body, {
          headers: { 'content-type': file.endsWith('.json') ? 'application/json' : 'text/plain' },
        });
      } catch {
        return new HttpResponse('not found', { status: 404 });
      }
    }),
  ];
}
