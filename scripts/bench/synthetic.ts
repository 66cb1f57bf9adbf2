/**
 * A synthetic corpus for the benchmark: the project's data/ and seeds/ copied
 * N times under other ids, written to a scratch root the real compiler can
 * read. Copy 0 is the project itself; copy k renames every company, source,
 * caveat, rule, table row and derivation id (and each reference to it), so the
 * compiler does exactly the work it would do for N× as many reports.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Row = Record<string, Json>;

export interface SyntheticCorpus {
  root: string;
  copies: number;
  companies: number;
  seeds: number;
}

const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json;
const rows = (v: Json): Row[] => (Array.isArray(v) ? (v as Row[]) : []);
const tag = (k: number) => `s${String(k).padStart(3, '0')}`;

/** Every id defined in data/, by the rename it gets in copy k. */
function collectIds(dataDir: string, sub: (d: string) => string[]) {
  const companies = rows(readJson(join(dataDir, 'companies.json'))).map((c) => String(c.id));
  const sources = rows(readJson(join(dataDir, 'sources.json'))).map((s) => String(s.id));
  const caveats = sub('caveats').flatMap((f) => rows(readJson(f)).map((c) => String(c.id)));
  const rules = sub('rules').flatMap((f) => rows(readJson(f)).map((r) => String(r.id)));
  const derivations = sub('derivations').flatMap((f) => rows(readJson(f)).map((d) => String(d.id)));
  const tableRows = sub('tables').flatMap((f) => rows((readJson(f) as Row).rows ?? []).map((r) => String(r.id)));
  return (k: number): Map<string, string> => {
    const t = tag(k);
    const map = new Map<string, string>();
    for (const id of companies) map.set(id, `${id}_${t}`);
    for (const id of sources) map.set(id, `${t}_${id}`);
    for (const id of caveats) map.set(id, `${id}_${t}`);
    for (const id of [...rules, ...derivations, ...tableRows]) map.set(id, `${id}-${t}`);
    return map;
  };
}

/** Replaces every string value that is exactly a known id; free text is left alone. */
function rename(value: Json, ids: Map<string, string>): Json {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => rename(v, ids));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rename(v, ids)]));
  return value;
}

/** Company display names get the copy's number so a page of 100 companies stays legible. */
function renameCompany(company: Row, k: number): Row {
  const out: Row = { ...company };
  for (const f of ['nameZh', 'nameEn', 'shortZh', 'shortEn'])
    if (typeof out[f] === 'string') out[f] = `${String(out[f])} ${k + 1}`;
  return out;
}

/**
 * Writes `copies` copies of srcRoot's data/ and seeds/ under destRoot (emptied
 * first). Returns the corpus size. Copy 0 is unchanged.
 */
export function writeSyntheticCorpus(srcRoot: string, destRoot: string, copies: number): SyntheticCorpus {
  const dataDir = join(srcRoot, 'data');
  const sub = (d: string) =>
    readdirSync(join(dataDir, d))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(dataDir, d, f));
  const subDirs = readdirSync(dataDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const idsFor = collectIds(dataDir, sub);

  rmSync(destRoot, { recursive: true, force: true });
  cpSync(dataDir, join(destRoot, 'data'), { recursive: true });
  cpSync(join(srcRoot, 'seeds'), join(destRoot, 'seeds'), { recursive: true });

  const companies = rows(readJson(join(dataDir, 'companies.json')));
  const sources = rows(readJson(join(dataDir, 'sources.json')));
  const allCompanies: Json[] = [...companies];
  const allSources: Json[] = [...sources];
  for (let k = 1; k < copies; k++) {
    const ids = idsFor(k);
    allCompanies.push(...companies.map((c) => renameCompany(rename(c, ids) as Row, k)));
    allSources.push(...sources.map((s) => rename(s, ids)));
    for (const d of subDirs) {
      mkdirSync(join(destRoot, 'data', d), { recursive: true });
      for (const f of sub(d))
        writeFileSync(join(destRoot, 'data', d, `${tag(k)}_${basename(f)}`), JSON.stringify(rename(readJson(f), ids), null, 2));
    }
    for (const s of sources) {
      const id = String(s.id);
      cpSync(join(srcRoot, 'seeds', id), join(destRoot, 'seeds', ids.get(id)!));
    }
  }
  writeFileSync(join(destRoot, 'data', 'companies.json'), JSON.stringify(allCompanies, null, 2));
  writeFileSync(join(destRoot, 'data', 'sources.json'), JSON.stringify(allSources, null, 2));
  return { root: destRoot, copies, companies: allCompanies.length, seeds: allSources.length };
}
