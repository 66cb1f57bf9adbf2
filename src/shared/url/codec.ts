/**
 * The URL hash codec. Version 2 reads like a path plus a query:
 *   #/methodology?v=2&lang=en
 *   #/?v=2&lang=en&peers=finvolution,xingfu&year=2022&view.complaints=table&norm=employee&norm.rd_expense=absolute&prov=<observation id>
 * The path picks the page; the query holds shareable UI state. Older links are
 * migrated: version 1 (`#lang=en&view.x=table&norm.x=per_employee&prov=<id>`,
 * no path) becomes version 2 on the compare page.
 */
export const URL_VERSION = 2;

export interface UrlState {
  path: string;
  params: URLSearchParams;
}

const V1_NORM: Record<string, string> = { per_employee: 'employee', per_revenue: 'revenue' };

function migrateV1(query: string): UrlState {
  const old = new URLSearchParams(query);
  const params = new URLSearchParams();
  for (const [k, v] of old) {
    if (k.startsWith('norm.')) {
      if (V1_NORM[v]) params.append(k, V1_NORM[v]!);
    } else params.append(k, v);
  }
  return { path: '/', params };
}

export function decodeHash(hash: string): UrlState {
  const body = hash.replace(/^#/, '');
  if (!body.startsWith('/')) return migrateV1(body);
  const q = body.indexOf('?');
  const path = decodeURI(q < 0 ? body : body.slice(0, q)) || '/';
  const params = new URLSearchParams(q < 0 ? '' : body.slice(q + 1));
  params.delete('v'); // future versions migrate here, keyed on params.get('v')
  return { path, params };
}

/** Canonical form: keys sorted, version first; a bare "#/" when there is nothing to say. */
export function encodeHash({ path, params }: UrlState): string {
  const sorted = [...params.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams([['v', String(URL_VERSION)], ...sorted]);
  const encodedPath = encodeURI(path);
  return sorted.length === 0 ? `#${encodedPath}` : `#${encodedPath}?${query.toString()}`;
}
