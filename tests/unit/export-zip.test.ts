import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { compiledSite, readCompiled } from '../component/compiled-site';
import {
  caveatsFileSchema,
  inputsFileSchema,
  companiesFileSchema,
  metricsFileSchema,
  observationsFileSchema,
  sourcesFileSchema,
} from '../../src/model/schema';
import { buildCsv } from '../../src/features/export/csv';
import { CSV_COLUMNS } from '../../src/features/export/csv-rows';
import '../../src/shared/i18n/messages/export';
import { translator } from '../../src/shared/i18n/use-t';
import type { ExportDataset } from '../../src/features/export/export-dataset';
import {
  CSV_FILE_NAME,
  buildDatasetZip,
  datasetFileNames,
  loadDatasetFiles,
  type DatasetFiles,
} from '../../src/features/export/dataset-zip';
import type { CitationContext } from '../../src/features/export/citation';

const site = compiledSite();
const { manifest } = site;
const json = (f: string) => JSON.parse(readCompiled(f)) as unknown;
const dataset: ExportDataset = {
  manifest,
  observations: observationsFileSchema.parse(json(manifest.files.observations)),
  metrics: metricsFileSchema.parse(json(manifest.files.metrics)),
  companies: companiesFileSchema.parse(json(manifest.files.companies)),
  sources: sourcesFileSchema.parse(json(manifest.files.sources)),
  caveats: caveatsFileSchema.parse(json(manifest.files.caveats)),
  inputs: inputsFileSchema.parse(json(manifest.files.inputs)),
};
const files: DatasetFiles = Object.fromEntries(datasetFileNames(manifest).map((n) => [n, readCompiled(n)]));
const ctx = (lang: 'zh' | 'en'): CitationContext => ({
  tr: translator(lang),
  permalink: 'https://example.org/duibiao/#lang=en',
  accessed: '2025-03-01',
});
const mtime = new Date('2025-03-01T00:00:00Z');

describe('dataset zip', () => {
  it('holds the README, the CSV, the manifest and every JSON file the manifest names, byte for byte', async () => {
    const entries = unzipSync(await buildDatasetZip({ dataset, files, ctx: ctx('zh'), mtime }));
    const expected = [
      'README.md',
      CSV_FILE_NAME,
      'manifest.json',
      // every dataset; the compare page's derived files (and the part files they name) are left out
      ...Object.entries(manifest.files).flatMap(([name, f]) => (name === 'compare' ? [] : [`data/${f}`])),
      `data/${manifest.coverage}`,
    ];
    expect(Object.keys(entries).sort()).toEqual(expected.sort());
    for (const name of datasetFileNames(manifest)) {
      expect(Buffer.from(entries[`data/${name}`]!).equals(readFileSync(join(site.dir, name))), name).toBe(true);
    }
    expect(JSON.parse(strFromU8(entries['manifest.json']!))).toEqual(manifest);
    const csv = entries[CSV_FILE_NAME]!;
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv)).toBe(
      await buildCsv(dataset.observations, dataset, translator('zh')),
    );
  });

  it('README explains every column, cites every source, lists every caveat and every input hash', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { t } = translator(lang);
      const readme = strFromU8(unzipSync(await buildDatasetZip({ dataset, files, ctx: ctx(lang), mtime }))['README.md']!);
      expect(readme).toContain(`# ${t('export.readme.title')}`);
      for (const c of CSV_COLUMNS) expect(readme).toContain(`| ${t(`export.csv.${c}`)} | ${t(`export.col.${c}`)} |`);
      for (const s of dataset.sources) {
        expect(readme).toContain(s.title);
        expect(readme).toContain(s.publisher);
        expect(readme).toContain(s.dateInference);
        if (s.url) expect(readme).toContain(s.url);
      }
      for (const c of dataset.caveats) {
        expect(readme).toContain(`**${c.id}**`);
        expect(readme).toContain(lang === 'zh' ? c.textZh : c.textEn);
      }
      for (const [file, hash] of Object.entries(dataset.inputs!)) expect(readme).toContain(`| ${file} | ${hash} |`);
      expect(Object.keys(dataset.inputs!).length).toBeGreaterThan(10);
      expect(readme).toContain('https://example.org/duibiao/#lang=en');
      // it lists only files that are in the archive, and says which manifest entry is not
      const archived = new Set(Object.keys(unzipSync(await buildDatasetZip({ dataset, files, ctx: ctx(lang), mtime }))));
      for (const m of readme.matchAll(/`(data\/[^`]+)`/g)) expect(archived.has(m[1]!), m[1]).toBe(true);
      expect(readme).toContain(t('export.readme.filesOmitted', 'compare'));
    }
  });

  it('gives identical bytes for identical inputs and time', async () => {
    const a = await buildDatasetZip({ dataset, files, ctx: ctx('en'), mtime });
    const b = await buildDatasetZip({ dataset, files, ctx: ctx('en'), mtime });
    expect(a.length).toBeGreaterThan(1000);
    expect(Buffer.from(a).equals(b)).toBe(true);
  });

  it('refuses to build an archive with a dataset file missing', async () => {
    const partial = { ...files };
    delete partial[manifest.files.caveats];
    await expect(buildDatasetZip({ dataset, files: partial, ctx: ctx('en'), mtime })).rejects.toThrow(manifest.files.caveats);
  });

  it('loads the files next to the manifest, and names the one that fails', async () => {
    const base = 'http://localhost/data/';
    const served = (url: string) => {
      const name = url.slice(base.length);
      return name in files ? new Response(files[name]) : new Response('no', { status: 404 });
    };
    const fetchOk = (async (u: URL | RequestInfo) => served(String(u))) as typeof fetch;
    expect(await loadDatasetFiles(base, manifest, fetchOk)).toEqual(files);
    const fetch404 = (async (u: URL | RequestInfo) =>
      String(u).endsWith(manifest.files.sources) ? new Response('no', { status: 404 }) : served(String(u))) as typeof fetch;
    await expect(loadDatasetFiles(base, manifest, fetch404)).rejects.toThrow(`${manifest.files.sources}: HTTP 404`);
  });
});
