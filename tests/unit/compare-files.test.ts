/**
 * The compare page's files on the real compile: subsets of the full datasets,
 * split by part and company, and the light check held to the full schema.
 */
import { describe, expect, it } from 'vitest';
import { compiledSite, readCompiled } from '../component/compiled-site';
import {
  compareIndexSchema,
  compareShardSchema,
  observationsFileSchema,
  refusalsFileSchema,
  metricsFileSchema,
  partMetricsFileSchema,
  type CompareIndex,
  type CompareShard,
} from '../../src/model/schema';
import { ShapeError, checkCompareIndex, checkCompareShard, checkManifest, checkPartMetrics } from '../../src/model/light-check';
import { METRIC_GROUPS, PERS } from '../../src/model/enums';
import { observationId } from '../../src/model/observation-id';

const json = (file: string) => JSON.parse(readCompiled(file)) as unknown;
const { manifest } = compiledSite();
const index = json(manifest.files.compare) as CompareIndex;
const observations = observationsFileSchema.parse(json(manifest.files.observations));
const metrics = metricsFileSchema.parse(json(manifest.files.metrics));
const refusals = refusalsFileSchema.parse(json(manifest.files.refusals));
const shard = (part: 'core' | 'rest', company: string) => json(index.parts[part].companies[company]!) as CompareShard;
const partMetrics = (part: 'core' | 'rest') => partMetricsFileSchema.parse(json(index.parts[part].metrics));

describe('compare files', () => {
  it('split every observation of every company into its part, with the core cards’ alternates beside them', () => {
    const core = new Set(metrics.filter((m) => m.core).map((m) => m.id));
    const coreAlternates = new Set(metrics.filter((m) => m.core).flatMap((m) => m.alternates));
    for (const company of index.companies) {
      const full = observations.filter((o) => o.company === company.id);
      const c = shard('core', company.id);
      const r = shard('rest', company.id);
      expect(new Set(c.observations.map((o) => o.metric)).size).toBeGreaterThan(0);
      for (const o of c.observations) expect(core.has(o.metric) || coreAlternates.has(o.metric)).toBe(true);
      // every observation sits in a part, with the same value, status and caveats as in the full dataset,
      // under the id the app restores (the files leave it out, and the company: the file's)
      const cut = new Map([...c.observations, ...r.observations].map((o) => [observationId({ ...o, company: company.id }), o]));
      for (const o of cut.values()) expect(o).not.toHaveProperty('id');
      for (const o of cut.values()) expect(o).not.toHaveProperty('company');
      expect([...cut.keys()].sort()).toEqual(full.map((o) => o.id).sort());
      for (const o of full) {
        expect(cut.get(o.id)).toMatchObject({ value: o.value, status: o.status, caveats: o.caveats, period: o.period });
        // the sources as file and lines (the quotes load with the full dataset when the value is opened)
        expect(cut.get(o.id)!.provenance).toEqual(
          o.provenance.map((p) => ({ source: p.source, line: p.line, ...(p.lineEnd ? { lineEnd: p.lineEnd } : {}) })),
        );
        // a card prints the note of a typed gap, never of a value
        if (o.value === null) expect(cut.get(o.id)!.notes).toEqual(o.notes);
        else expect(cut.get(o.id)).not.toHaveProperty('notes');
      }
      // the caveats a part's observations carry travel with it
      for (const s of [c, r]) {
        const ids = new Set(s.caveats.map((x) => x.id));
        for (const o of s.observations) for (const id of o.caveats) expect(ids.has(id)).toBe(true);
      }
    }
    // the real data: R&D expense's alternate (cumulative R&D investment) is in Mashang's core file
    expect(shard('core', 'mashang').observations.some((o) => o.metric === 'rd_investment_cumulative')).toBe(true);
  });

  it('list each part’s metrics whole, its cards’ other-part alternates as a card reads them, and count the rest per group', () => {
    const cardFields = ['id', 'nameZh', 'nameEn', 'group', 'unit', 'basis', 'core', 'alternates'] as const;
    for (const part of ['core', 'rest'] as const) {
      const own = metrics.filter((m) => m.core === (part === 'core'));
      const alternates = new Set(own.flatMap((m) => m.alternates));
      // whole metrics, equal to the full dataset's, in catalogue order
      expect(partMetrics(part).metrics).toEqual(own);
      expect(partMetrics(part).alternates).toEqual(
        metrics
          .filter((m) => alternates.has(m.id) && !own.includes(m))
          .map((m) => Object.fromEntries(cardFields.map((k) => [k, m[k]]))),
      );
    }
    // the real data: the core file names R&D expense's alternate, whose card is in the rest part
    expect(partMetrics('core').alternates.map((m) => m.id)).toContain('rd_investment_cumulative');
    expect(index.metricCount).toBe(metrics.length);
    const rest = metrics.filter((m) => !m.core);
    expect(index.groups).toEqual(
      METRIC_GROUPS.map((group) => ({ group, count: rest.filter((m) => m.group === group).length })).filter((g) => g.count),
    );
  });

  it('carry the default first view in the index: the core metrics file and each default peer’s core file, unchanged', () => {
    expect(index.firstView.metrics).toEqual(json(index.parts.core.metrics));
    expect(index.firstView.shards).toEqual(index.defaultPeers.map((id) => shard('core', id)));
  });

  it('list, in each part’s file, the normalisations on offer from every company’s values and refusals', () => {
    for (const m of metrics) {
      const expected = m.normaliseBy.filter(
        (per) =>
          observations.some((o) => o.metric === m.id && o.per === per) ||
          refusals.some((r) => r.metric === m.id && r.per === per),
      );
      // in the metric's part file
      expect(partMetrics(m.core ? 'core' : 'rest').offered[m.id] ?? [], m.id).toEqual(expected);
    }
    const offered = [partMetrics('core').offered, partMetrics('rest').offered].flatMap((o) => Object.values(o));
    expect(offered.length).toBeGreaterThan(0);
    // and the page's switch offers each mode some metric offers
    expect(index.pageModes).toEqual(PERS.filter((per) => offered.some((on) => on.includes(per))));
    expect(index.pageModes).toEqual(['employee', 'revenue']);
  });

  it('name the default peer set and the years with data', () => {
    expect(index.defaultPeers).toEqual(['mashang', 'finvolution']);
    expect(index.years).toEqual([...index.years].sort().reverse());
    expect(index.years).toContain('2022');
  });
});

describe('the light check agrees with the schema', () => {
  const accepts = (check: (v: unknown, p: string) => void, v: unknown) => {
    try {
      check(v, '');
      return true;
    } catch (e) {
      if (e instanceof ShapeError) return false;
      throw e;
    }
  };
  const clone = <T>(v: T): T => structuredClone(v);

  it('accepts every file the compiler writes', () => {
    expect(accepts(checkManifest, manifest)).toBe(true);
    expect(accepts(checkCompareIndex, index)).toBe(true);
    for (const part of ['core', 'rest'] as const) expect(accepts(checkPartMetrics, partMetrics(part))).toBe(true);
    for (const part of ['core', 'rest'] as const)
      for (const id of Object.keys(index.parts[part].companies)) expect(accepts(checkCompareShard, shard(part, id))).toBe(true);
  });

  it('rejects what the schema rejects, for every field the compare page reads', () => {
    const base = shard('core', 'finvolution');
    const mutations: [string, (s: CompareShard) => void][] = [
      ['value as text', (s) => ((s.observations[0] as { value: unknown }).value = '4,157')],
      ['reported without a value', (s) => (s.observations[0]!.value = null)],
      ['unknown status', (s) => ((s.observations[0] as { status: string }).status = 'estimated')],
      ['unknown qualifier', (s) => ((s.observations[0] as { qualifier: string }).qualifier = 'roughly')],
      ['caveats not a list', (s) => ((s.observations[0] as { caveats: unknown }).caveats = 'boundary')],
      ['source line as text', (s) => ((s.observations[0]!.provenance[0] as { line: unknown }).line = '631')],
      ['source file missing', (s) => delete (s.observations[0]!.provenance[0] as { source?: string }).source],
      ['caveat grade unknown', (s) => ((s.caveats[0] as { grade: string }).grade = 'fine')],
      ['unit unknown', (s) => ((s.observations[0] as { unit: string }).unit = 'furlongs')],
      ['observations missing', (s) => delete (s as { observations?: unknown }).observations],
    ];
    for (const [name, mutate] of mutations) {
      const bad = clone(base);
      mutate(bad);
      expect(compareShardSchema.safeParse(bad).success, name).toBe(false);
      expect(accepts(checkCompareShard, bad), name).toBe(false);
    }
    const badIndex = clone(index);
    (badIndex as { metricCount: unknown }).metricCount = '83';
    expect(compareIndexSchema.safeParse(badIndex).success).toBe(false);
    expect(accepts(checkCompareIndex, badIndex)).toBe(false);
    expect(accepts(checkCompareIndex, { ...index, schemaVersion: 2 })).toBe(false);

    const metricMutations: [string, (m: Record<string, unknown>) => void][] = [
      ['name not text', (m) => (m.nameEn = 7)],
      ['group unknown', (m) => (m.group = 'misc')],
      ['core not a flag', (m) => (m.core = 'yes')],
      ['alternates not a list', (m) => (m.alternates = 'rd_expense')],
      ['normalisation unknown', (m) => (m.normaliseBy = ['branch'])],
    ];
    for (const [name, mutate] of metricMutations) {
      const bad = clone(partMetrics('core'));
      mutate(bad.metrics[0] as unknown as Record<string, unknown>);
      expect(partMetricsFileSchema.safeParse(bad).success, name).toBe(false);
      expect(accepts(checkPartMetrics, bad), name).toBe(false);
    }
    const badAlternate = clone(partMetrics('core'));
    (badAlternate.alternates[0] as { unit: string }).unit = 'furlongs';
    expect(partMetricsFileSchema.safeParse(badAlternate).success).toBe(false);
    expect(accepts(checkPartMetrics, badAlternate)).toBe(false);

    // what the index ties together, which would otherwise leave the page loading forever or a card off the page
    const indexMutations: [string, (i: CompareIndex) => void][] = [
      ['group unknown', (i) => ((i.groups[0] as { group: string }).group = 'misc')],
      ['group count as text', (i) => ((i.groups[0] as { count: unknown }).count = '12')],
      ['no default peer', (i) => (i.defaultPeers = [])],
      ['default peer not a company', (i) => (i.defaultPeers = ['nobody'])],
      ['a company without its core file', (i) => delete i.parts.core.companies.mashang],
    ];
    for (const [name, mutate] of indexMutations) {
      const bad = clone(index);
      mutate(bad);
      expect(accepts(checkCompareIndex, bad), name).toBe(false);
    }
    expect(accepts(checkManifest, { ...manifest, files: { ...manifest.files, compare: undefined } })).toBe(false);
  });
});
