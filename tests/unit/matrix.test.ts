// @vitest-environment node
/**
 * The HKEX disclosure matrix compiled from the real data/ and seeds/ (read only):
 * statuses of chosen KPIs per company, the company's own "/" and 不适用 marks, the
 * claimed-but-absent cells, and that every cell carries its evidence.
 */
import { fileURLToPath } from 'node:url';
import { compile } from '../../src/compiler/compile';
import { loadInputs, type Inputs } from '../../src/compiler/load-inputs';
import { checkQuote } from '../../src/compiler/verify';
import { matrixStatusSchema, type IndexEntry, type MatrixCell, type MatrixFile, type Observation } from '../../src/model/schema';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const S000 = '000_2a03172942c5d652.txt';
const S004 = '004_fc1b98ab1024343c.txt';

let inputs: Inputs;
let matrix: MatrixFile;
let observations: Observation[];
beforeAll(() => {
  inputs = loadInputs(ROOT);
  const result = compile(inputs);
  matrix = result.datasets.matrix;
  observations = result.datasets.observations;
});

const cell = (company: string, code: string): MatrixCell => {
  const found = matrix.cells.filter((c) => c.company === company && c.code === code);
  expect(found, `${company} ${code}`).toHaveLength(1);
  return found[0]!;
};
const entry = (id: string): IndexEntry => {
  const e = matrix.entries.find((x) => x.id === id);
  if (!e) throw new Error(`no index entry ${id}`);
  return e;
};

describe('马上消费 (000 HKEX index)', () => {
  it.each([
    ['A1.2', 'claimed_absent'],
    ['B6.2', 'claimed_absent'],
    ['A2.1', 'claimed_absent'],
    ['A2.2', 'self_not_disclosed'],
    ['A4', 'self_not_disclosed'],
    ['A2.5', 'self_not_applicable'],
    ['B3.2', 'self_not_applicable'],
    ['B6.1', 'self_not_applicable'],
    ['B1.1', 'disclosed_figures'],
    ['B5.1', 'disclosed_figures'],
    ['A1.5', 'narrative_only'],
    ['B7.2', 'narrative_only'],
  ])('%s is %s', (code, status) => {
    expect(cell('mashang', code).status).toBe(status);
  });

  it('A1.2 quotes the index line pointing at P39 and links the reviewed gaps', () => {
    const c = cell('mashang', 'A1.2');
    const e = entry(`${S000}#A1.2`);
    expect(c.entries).toEqual([e.id]);
    expect(e.citations).toMatchObject([{ page: 39, section: '科技赋能绿色低碳发展' }]);
    expect(e.citations[0]!.headings.length).toBeGreaterThan(0);
    expect(e.provenance.quote).toContain('关键绩效指标 A1.2');
    expect(e.provenance.quote).toContain('P39 科技赋能绿色低碳发展');
    expect(c.observations).toEqual([]);
    const gaps = c.gaps.map((id) => observations.find((o) => o.id === id)!);
    expect(gaps.map((g) => g.metric).sort()).toEqual(['ghg_scope1', 'ghg_scope12', 'ghg_scope2']);
    expect(gaps.every((g) => g.status === 'claimed_not_found')).toBe(true);
    expect(c.reason.en).toContain('P39 科技赋能绿色低碳发展');
    expect(c.reason.zh).toContain('范围一温室气体排放');
    expect(c.credit).toBe(0);
  });

  it('A2.1 is claimed but absent although a year-on-year change is given, and says so', () => {
    const c = cell('mashang', 'A2.1');
    expect(c.observations).toHaveLength(1);
    expect(observations.find((o) => o.id === c.observations[0])!.metric).toBe('electricity_yoy_change');
    expect(c.reason.en).toMatch(/gives only .*year-on-year change/);
  });

  it('the company\'s own "/" and 不适用 marks are kept verbatim', () => {
    expect(entry(`${S000}#A2.2`).mark).toEqual({ status: 'not_disclosed', text: '/' });
    expect(entry(`${S000}#A4`).mark).toEqual({ status: 'not_disclosed', text: '/' });
    expect(entry(`${S000}#A2.5`).mark).toEqual({ status: 'not_applicable', text: '不适用，公司无产品包装材料。' });
    expect(entry(`${S000}#B3.2`).mark).toEqual({ status: 'not_applicable', text: '不适用' });
    expect(cell('mashang', 'A2.5').credit).toBeNull();
    expect(cell('mashang', 'A2.5').reason.zh).toContain('不适用，公司无产品包装材料。');
  });

  it('B1.1 links the headcount observations through the catalogue codes', () => {
    const c = cell('mashang', 'B1.1');
    expect(c.observations.length).toBeGreaterThan(0);
    for (const id of c.observations) {
      const o = observations.find((x) => x.id === id)!;
      expect(o.company).toBe('mashang');
      expect(['reported', 'derived']).toContain(o.status);
      expect(inputs.metrics.find((m) => m.id === o.metric)!.crosswalk.hkex).toContain('B1.1');
    }
  });

  it('B5.1 has the suppliers by region, and the total derived as their sum', () => {
    const c = cell('mashang', 'B5.1');
    expect(c.status).toBe('disclosed_figures');
    expect(c.credit).toBe(1);
    expect(c.entries).toEqual([`${S000}#B5.1`]);
    const cited = c.observations.map((id) => observations.find((o) => o.id === id)!);
    const regions = cited.filter((o) => o.metric.startsWith('suppliers_region_'));
    expect(Object.fromEntries(regions.map((o) => [o.metric, o.value]))).toEqual({
      suppliers_region_east: 335,
      suppliers_region_north: 553,
      suppliers_region_south: 225,
      suppliers_region_central: 91,
      suppliers_region_northwest: 33,
      suppliers_region_southwest: 275,
      suppliers_region_northeast: 25,
    });
    for (const o of regions) {
      expect(o.status).toBe('reported');
      const value = o.provenance.find((p) => p.role === 'value')!;
      expect(value.source).toBe(S000);
      expect(value.quote).toBe(`${inputs.metrics.find((m) => m.id === o.metric)!.nameZh.replace('地区供应商数', '')} ${o.value}`);
    }
    const total = cited.find((o) => o.metric === 'suppliers_total')!;
    expect(total.status).toBe('derived');
    expect(total.value).toBe(1537);
    expect(total.derivation!.op).toBe('sum');
    expect(total.derivation!.inputs).toHaveLength(7);
    expect(total.derivation!.inputs.map((i) => i.metric).sort()).toEqual(regions.map((o) => o.metric).sort());
    expect(cited.find((o) => o.metric === 'suppliers_mainland')!.value).toBe(1537);
    // no overseas row is printed: a typed gap, never a zero
    const gaps = c.gaps.map((id) => observations.find((o) => o.id === id)!);
    expect(gaps.map((g) => [g.metric, g.status, g.value])).toEqual([['suppliers_overseas', 'not_disclosed', null]]);
  });

  it('the index yields all 48 rows of the Guide, each once', () => {
    const own = matrix.entries.filter((e) => e.source === S000).map((e) => e.code);
    expect(own).toHaveLength(48);
    expect(new Set(own)).toEqual(new Set(matrix.rows.map((r) => r.code)));
  });
});

describe('信也科技 (004 GRI index through the crosswalk)', () => {
  it.each([
    ['A1.2', 'disclosed_figures'],
    ['A2.2', 'disclosed_figures'],
    ['B3.2', 'disclosed_figures'],
    ['B4.1', 'narrative_only'],
    ['A4.1', 'narrative_only'],
    ['B1.2', 'narrative_only'],
    ['A2.5', 'not_addressed'],
    ['B5.1', 'disclosed_figures'],
    ['B5.2', 'not_addressed'],
  ])('%s is %s', (code, status) => {
    expect(cell('finvolution', code).status).toBe(status);
  });

  it('A1.2 carries the GRI 305-1, 305-2 and 305-4 lines and the emissions observations', () => {
    const c = cell('finvolution', 'A1.2');
    expect(c.entries.map((id) => entry(id).code)).toEqual(['305-1', '305-2', '305-4']);
    expect(entry(`${S004}#305-1`).citations.map((x) => x.section)).toEqual(['关键定量绩效表']);
    const metrics = new Set(c.observations.map((id) => observations.find((o) => o.id === id)!.metric));
    expect(metrics).toEqual(new Set(['ghg_scope1', 'ghg_scope2', 'ghg_scope12']));
  });

  it('a figure-asking KPI the catalogue does not track is narrative with half credit, and says why', () => {
    const c = cell('finvolution', 'B1.2');
    expect(c.figureCheck).toBe('not_tracked');
    expect(c.credit).toBe(0.5);
    expect(entry(c.entries[0]!).code).toBe('401-1');
    expect(c.reason.en).toContain('not checked for figures');
  });

  it('GRI entries with wrapped titles keep every cited chapter', () => {
    expect(entry(`${S004}#409-1`)).toMatchObject({
      title: '具有强迫或强制劳动事件重大风险的运营点 和供应商',
      citations: [{ section: '保障员工权益' }],
    });
    expect(entry(`${S004}#203-1`).citations.map((c) => c.section)).toEqual([
      '推进乡村振兴',
      '支持公益慈善',
      '发展普惠金融',
      '服务小微企业',
    ]);
    expect(entry(`${S004}#406-1`).provenance.quote).toBe('GRI 406：反歧视 2016 406-1 歧视事件及采取的纠正行动 保障员工权益');
  });
});

describe('every cell explains itself', () => {
  it('has exactly one status, evidence matching it and a reason in both languages', () => {
    expect(matrix.cells).toHaveLength(matrix.rows.length * inputs.companies.length);
    for (const c of matrix.cells) {
      const where = `${c.company} ${c.code}`;
      expect(c.reason.zh.length, where).toBeGreaterThan(10);
      expect(c.reason.en.length, where).toBeGreaterThan(10);
      const entries = c.entries.map(entry);
      for (const e of entries) expect(e.hkex, where).toContain(c.code);
      if (c.status === 'disclosed_figures') expect(c.observations.length, where).toBeGreaterThan(0);
      if (c.status === 'claimed_absent' || c.status === 'narrative_only')
        expect(
          entries.some((e) => e.citations.length > 0),
          where,
        ).toBe(true);
      if (c.status === 'self_not_disclosed' || c.status === 'self_not_applicable') {
        expect(entries.length, where).toBeGreaterThan(0);
        expect(
          entries.every((e) => e.mark),
          where,
        ).toBe(true);
      }
      if (c.status === 'not_addressed') {
        expect(entries, where).toEqual([]);
        expect(c.observations, where).toEqual([]);
      }
      for (const id of [...c.observations, ...c.gaps])
        expect(
          observations.some((o) => o.id === id),
          `${where} ${id}`,
        ).toBe(true);
    }
  });

  it('every index line and section heading is a verbatim quote of its seed', () => {
    expect(matrix.entries.length).toBeGreaterThan(100);
    for (const e of matrix.entries) {
      expect(() => checkQuote(e.provenance, inputs.seeds, e.id)).not.toThrow();
      expect(e.provenance.role).toBe('index_claim');
      for (const c of e.citations) for (const h of c.headings) expect(() => checkQuote(h, inputs.seeds, e.id)).not.toThrow();
    }
  });

  it('counts add up and the score follows the stated formula', () => {
    for (const s of matrix.summaries) {
      const own = matrix.cells.filter((c) => c.company === s.company);
      for (const status of matrixStatusSchema.options) {
        expect(s.counts[status]).toBe(own.filter((c) => c.status === status).length);
      }
      const scored = own.filter((c) => c.status !== 'self_not_applicable');
      const credit = scored.reduce(
        (sum, c) =>
          sum +
          (c.status === 'disclosed_figures'
            ? 1
            : c.status === 'narrative_only'
              ? c.figureCheck === 'not_tracked'
                ? 0.5
                : 1
              : 0),
        0,
      );
      expect(s.score).toEqual({ value: Math.round((1000 * credit) / scored.length) / 10, credit, rows: scored.length });
    }
    expect(matrix.scoreFormula.en).toContain('100 × Σ credit');
  });
});
