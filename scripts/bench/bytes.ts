/**
 * Byte counts of a built site: the files a page load actually fetched (from
 * the browser's responses) or every file, each counted raw, as its
 * precompressed .gz and as its .br (the raw size when no smaller copy exists,
 * as a CDN would then send it uncompressed).
 */
import { existsSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { siteFiles } from './sites';

export const KINDS = ['js', 'css', 'json', 'html', 'other'] as const;
export type Kind = (typeof KINDS)[number];
export type Encoding = 'raw' | 'gzip' | 'br';
export type ByteTable = Record<Kind, Record<Encoding, number>>;

export function kindOf(file: string): Kind {
  const ext = extname(file).slice(1);
  if (ext === 'js' || ext === 'mjs') return 'js';
  if (ext === 'css' || ext === 'json' || ext === 'html') return ext;
  return 'other';
}

function emptyTable(): ByteTable {
  return Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0, br: 0 }])) as ByteTable;
}

const sizeOr = (path: string, fallback: number) => (existsSync(path) ? statSync(path).size : fallback);

/** Sums raw/gzip/br sizes of `files` (relative to `dir`) by kind. */
export function bytesOf(dir: string, files: string[]): ByteTable {
  const table = emptyTable();
  for (const file of files) {
    const path = join(dir, file);
    const raw = statSync(path).size;
    const row = table[kindOf(file)];
    row.raw += raw;
    row.gzip += sizeOr(`${path}.gz`, raw);
    row.br += sizeOr(`${path}.br`, raw);
  }
  return table;
}

/** Site files a page load fetched, from the response URLs under the site's base URL. */
export function filesFetched(baseUrl: string, urls: string[]): string[] {
  const files = new Set<string>();
  for (const url of urls) {
    if (!url.startsWith(baseUrl)) continue;
    const path = decodeURIComponent(new URL(url).pathname).slice(new URL(baseUrl).pathname.length);
    files.add(path === '' || path.endsWith('/') ? `${path}index.html` : path);
  }
  return [...files].sort();
}

export const allBytes = (dir: string): ByteTable => bytesOf(dir, siteFiles(dir));

export function total(table: ByteTable, enc: Encoding, kinds: readonly Kind[] = KINDS): number {
  return kinds.reduce((sum, k) => sum + table[k][enc], 0);
}
