// @vitest-environment node
/**
 * The catalogue is split: the core ships with the first view, each lazy page's
 * strings ship in its chunk and register when it loads. A key the first view uses
 * but that lives in a feature table would throw at run time, so scan the first
 * view's sources for every key they name and hold them to the core.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { CORE_ZH } from '../../src/shared/i18n/catalogue';
import { sourceReaderMessages } from '../../src/shared/i18n/messages/source-reader';
import { metricPageMessages } from '../../src/shared/i18n/messages/metric-page';
import { methodologyMessages } from '../../src/shared/i18n/messages/methodology';
import { matrixMessages } from '../../src/shared/i18n/messages/disclosure-matrix';
import { gapFinderMessages } from '../../src/shared/i18n/messages/gap-finder';
import { exportMessages } from '../../src/shared/i18n/messages/export';
import { evidenceMessages } from '../../src/shared/i18n/messages/evidence';
import { exportMenuMessages } from '../../src/shared/i18n/messages/export-menu';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
// what the first view loads statically: of export only its api (the menu loads on the first press, the actions
// on the first click), less the LAZY_VIEWS below
const FIRST_VIEW = ['app', 'shared', 'features/compare', 'features/provenance', 'features/export/api.ts'];
// lazily loaded views inside those folders, each with the feature tables it imports for its strings
const LAZY_VIEWS = {
  'features/compare/MetricTable.tsx': ['evidence'],
  'features/provenance/ProvenancePanel.tsx': ['evidence'],
  'features/export/ExportMenu.tsx': ['export-menu'],
  'features/compare/CardExport.tsx': ['export-menu'],
} as const;
// the definitions themselves, not uses
const NOT_USES = ['shared/i18n/catalogue.ts', 'shared/i18n/messages'];

const FEATURES = {
  'source-reader': sourceReaderMessages,
  'metric-page': metricPageMessages,
  methodology: methodologyMessages,
  'disclosure-matrix': matrixMessages,
  'gap-finder': gapFinderMessages,
  export: exportMessages,
  evidence: evidenceMessages,
  'export-menu': exportMenuMessages,
} as const;

const core = new Set(Object.keys(CORE_ZH));
const featureKeys = new Set(Object.values(FEATURES).flatMap((m) => Object.keys(m.zh)));
const allKeys = new Set([...core, ...featureKeys]);

function sources(dir: string): string[] {
  if (/\.tsx?$/.test(dir)) return [dir]; // a single first-view file of a folder
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (NOT_USES.some((n) => relative(SRC, path) === n)) return [];
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

interface Use {
  file: string;
  key: string;
}

const lazyViews = new Set(Object.keys(LAZY_VIEWS).map((f) => join(SRC, f)));
const firstViewFiles = () => FIRST_VIEW.flatMap((d) => sources(join(SRC, d))).filter((f) => !lazyViews.has(f));
// the export actions: what loadExportActions() brings, i.e. features/export less its first-view files and the menu
const exportActionFiles = () => {
  const firstView = new Set(firstViewFiles());
  return sources(join(SRC, 'features/export')).filter((f) => !firstView.has(f) && !lazyViews.has(f));
};

function usesIn(paths: string[]) {
  const literal: Use[] = []; // t('k'), tr.t("k"), t(`k`)
  const prefix: Use[] = []; // t(`k.${…}`) and other `k.${…}` key builders
  const named: Use[] = []; // any other string literal naming a key: page titles, key tables, ternaries
  for (const path of paths) {
    const file = relative(SRC, path);
    const text = readFileSync(path, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*(?:'([^'\\]+)'|"([^"\\]+)"|`([^`$\\]+)`)/g))
      literal.push({ file, key: m[1] ?? m[2] ?? m[3]! });
    for (const m of text.matchAll(/\bt\(\s*`([^`$\\]*)\$\{/g)) prefix.push({ file, key: m[1]! });
    // key builders outside a t() call, e.g. export's `export.csv.${column}`
    for (const m of text.matchAll(/(?<!\bt\(\s*)`([A-Za-z][\w.]*\.)\$\{/g))
      if ([...allKeys].some((k) => k.startsWith(m[1]!))) prefix.push({ file, key: m[1]! });
    for (const m of text.matchAll(/(['"`])([A-Za-z][\w.]*)\1/g)) if (allKeys.has(m[2]!)) named.push({ file, key: m[2]! });
  }
  return { literal, prefix, named };
}

const missing = (uses: Use[], ok: (key: string) => boolean) => uses.filter((u) => !ok(u.key)).map((u) => `${u.file}: ${u.key}`);
// every key starting with `p` (and at least one) is in `table`
const wholeIn = (table: Set<string>) => (p: string) =>
  [...allKeys].some((k) => k.startsWith(p)) && [...allKeys].every((k) => !k.startsWith(p) || table.has(k));

describe('the core catalogue', () => {
  const uses = usesIn(firstViewFiles());

  it('finds the first view’s keys (a scan that matches nothing proves nothing)', () => {
    // fewer than the 100 of before the export actions', then the table's, panel's and menu's strings left it
    expect(uses.literal.length).toBeGreaterThan(60);
    // norm., view., scale. are also built outside t() (compare-store's URL parameters)
    expect(uses.prefix.map((u) => u.key)).toEqual(expect.arrayContaining(['status.', 'grade.', 'norm.']));
  });

  it('holds every key the first view names literally', () => {
    expect(missing(uses.literal, (k) => core.has(k))).toEqual([]);
    expect(missing(uses.named, (k) => core.has(k))).toEqual([]);
  });

  it('holds every key of each family the first view builds from a template', () => {
    expect(missing(uses.prefix, wholeIn(core))).toEqual([]);
  });

  it('and the export actions find the rest of theirs in the export table', () => {
    const actions = usesIn(exportActionFiles());
    // the builders outside a t() call, e.g. csv-rows' `export.csv.${column}`
    expect(actions.prefix.map((u) => u.key)).toEqual(expect.arrayContaining(['export.csv.', 'export.col.']));
    const loaded = new Set([...core, ...Object.keys(exportMessages.zh)]);
    expect(missing([...actions.literal, ...actions.named], (k) => loaded.has(k))).toEqual([]);
    expect(missing(actions.prefix, wholeIn(loaded))).toEqual([]);
    // and the split is real: the CSV, README and citation texts are not in the core
    expect([...core].filter((k) => /^export\.(csv|col|readme|basis|per)\./.test(k))).toEqual([]);
  });

  it('and each lazy view in those folders finds the rest of its keys in the tables it imports', () => {
    for (const [file, tables] of Object.entries(LAZY_VIEWS)) {
      const text = readFileSync(join(SRC, file), 'utf8');
      for (const table of tables) expect(text, file).toContain(`shared/i18n/messages/${table}'`);
      const loaded = new Set([...core, ...tables.flatMap((t) => Object.keys(FEATURES[t].zh))]);
      const uses = usesIn([join(SRC, file)]);
      expect(uses.literal.length, file).toBeGreaterThan(0);
      expect(missing([...uses.literal, ...uses.named], (k) => loaded.has(k))).toEqual([]);
      expect(missing(uses.prefix, wholeIn(loaded))).toEqual([]);
    }
    // and the split is real: the table, panel and menu items' texts are not in the core
    expect([...core].filter((k) => /^(col\.|table\.|export\.menu\.(csv|zip|png|svg|citation))/.test(k))).toEqual([]);
  });

  it('and the feature tables define each key once', () => {
    const seen = new Map([...core].map((k) => [k, 'core']));
    const twice: string[] = [];
    for (const [name, m] of Object.entries(FEATURES))
      for (const k of Object.keys(m.zh)) {
        if (seen.has(k)) twice.push(`${k}: ${seen.get(k)} and ${name}`);
        seen.set(k, name);
      }
    expect(twice).toEqual([]);
  });
});

describe('a feature messages module', () => {
  type Tables = Record<'zh' | 'en', Record<string, unknown>>;
  // each resolves to the tables of the fresh module instance
  const LOAD: Record<keyof typeof FEATURES, () => Promise<Tables>> = {
    'source-reader': () => import('../../src/shared/i18n/messages/source-reader').then((m) => m.sourceReaderMessages),
    'metric-page': () => import('../../src/shared/i18n/messages/metric-page').then((m) => m.metricPageMessages),
    methodology: () => import('../../src/shared/i18n/messages/methodology').then((m) => m.methodologyMessages),
    'disclosure-matrix': () => import('../../src/shared/i18n/messages/disclosure-matrix').then((m) => m.matrixMessages),
    'gap-finder': () => import('../../src/shared/i18n/messages/gap-finder').then((m) => m.gapFinderMessages),
    export: () => import('../../src/shared/i18n/messages/export').then((m) => m.exportMessages),
    evidence: () => import('../../src/shared/i18n/messages/evidence').then((m) => m.evidenceMessages),
    'export-menu': () => import('../../src/shared/i18n/messages/export-menu').then((m) => m.exportMenuMessages),
  };

  // fresh modules per case: nothing is registered until the feature module is imported
  async function freshCatalogue() {
    vi.resetModules();
    const { CATALOGUE } = await import('../../src/shared/i18n/catalogue');
    const { translator } = await import('../../src/shared/i18n/use-t');
    return { CATALOGUE, translator };
  }

  it.each(Object.keys(FEATURES) as (keyof typeof FEATURES)[])('%s registers its keys when imported', async (feature) => {
    const { CATALOGUE, translator } = await freshCatalogue();
    const keys = Object.keys(FEATURES[feature].zh);
    const plain = keys.find((k) => typeof (FEATURES[feature].en as Record<string, unknown>)[k] === 'string')!;
    // a translator made before the chunk loads, as a page's useT() may be
    const t = translator('en').t as (key: string) => string;
    for (const lang of ['zh', 'en'] as const) expect(keys.filter((k) => k in CATALOGUE[lang])).toEqual([]);
    expect(() => t(plain)).toThrow(`"${plain}"`);

    const tables = await LOAD[feature]();
    for (const lang of ['zh', 'en'] as const)
      for (const k of keys) expect(CATALOGUE[lang], `${lang} ${k}`).toHaveProperty([k], tables[lang][k]);
    expect(t(plain)).toBe(tables.en[plain]);
  });

  it('of the gap finder brings the matrix statuses its items show', async () => {
    const { CATALOGUE } = await freshCatalogue();
    await LOAD['gap-finder']();
    expect(CATALOGUE.en).toHaveProperty(['matrix.s.claimed_absent']);
  });
});

describe('the English core', () => {
  async function fresh() {
    vi.resetModules();
    const catalogue = await import('../../src/shared/i18n/catalogue');
    const { useLangStore, langUrl } = await import('../../src/shared/i18n/lang-store');
    return { ...catalogue, useLangStore, langUrl };
  }
  const urlOf = (write: (p: URLSearchParams) => void) => {
    const p = new URLSearchParams();
    write(p);
    return p.toString();
  };

  it('is not in the first view: it loads on demand with every core key, typed from the Chinese', async () => {
    const { CATALOGUE, CORE_ZH, isLanguageLoaded, loadLanguage } = await fresh();
    expect(isLanguageLoaded('zh')).toBe(true);
    expect(isLanguageLoaded('en')).toBe(false);
    expect(Object.keys(CATALOGUE.en)).toEqual([]);
    await loadLanguage('en');
    expect(Object.keys(CATALOGUE.en).sort()).toEqual(Object.keys(CORE_ZH).sort());
    expect(CATALOGUE.en['app.language']).toBe('中文');
  });

  it('switches the page only once its strings are there, and the URL keeps the choice meanwhile', async () => {
    const { useLangStore, langUrl, isLanguageLoaded } = await fresh();
    const { setLang } = useLangStore.getState();
    setLang('en');
    expect(useLangStore.getState().lang).toBe('zh'); // not yet: rendering now would throw on every key
    expect(urlOf(langUrl.write)).toBe('lang=en');
    await vi.waitFor(() => expect(useLangStore.getState().lang).toBe('en'));
    expect(isLanguageLoaded('en')).toBe(true);
    setLang('zh');
    expect(useLangStore.getState().lang).toBe('zh');
    expect(urlOf(langUrl.write)).toBe('');
  });

  it('a newer choice wins over a load still under way', async () => {
    const { useLangStore } = await fresh();
    const { setLang } = useLangStore.getState();
    setLang('en');
    setLang('zh');
    await new Promise((r) => setTimeout(r, 50));
    expect(useLangStore.getState().lang).toBe('zh');
  });

  it('when its chunk cannot load, the page stays in Chinese, says so, and the URL follows', async () => {
    vi.doMock('../../src/shared/i18n/messages/core-en', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    try {
      const { useLangStore, langUrl } = await fresh();
      useLangStore.getState().setLang('en');
      await vi.waitFor(() => expect(useLangStore.getState().failed).toBe('en'));
      expect(useLangStore.getState().lang).toBe('zh');
      expect(urlOf(langUrl.write)).toBe('');
    } finally {
      vi.doUnmock('../../src/shared/i18n/messages/core-en');
    }
  });
});
