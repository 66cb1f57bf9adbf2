// @vitest-environment node
/**
 * The disclosure-index parser on hostile layouts: page breaks with repeated headers,
 * wording wrapped over blank lines, codes glued to wrapped standard names, CRLF and
 * trailing spaces; and clear failures naming file, line and rule.
 */
import { parseDisclosureIndex } from '../../src/compiler/disclosure-index';
import { indexEntries } from '../../src/compiler/matrix';
import { indexRuleSchema, type IndexRule, type MatrixInputs } from '../../src/compiler/matrix-inputs';
import { seedFromText } from '../../src/compiler/seed-text';
import type { Source } from '../../src/model/schema';
import { thrownCompileError } from './compile-error';

const hkexRule = (over: Partial<IndexRule> = {}) => ({
  ...indexRuleSchema.parse({
    id: 'test-hkex-index',
    source: 'x.txt',
    standard: 'hkex',
    start: '报告指标索引',
    end: '读者反馈表',
    skip: ['^索引 指标$', '^页码$', '^第 \\d+ 页$'],
    group: '^层面\\s*(?<group>[AB]\\d+)：$',
    entries: [{ pattern: '^关键绩效指标\\s*(?<code>[AB]\\d+\\.\\d+)$' }, { pattern: '^一般披露\\s*(?<rest>.*)$', code: 'group' }],
    citation: '^P(?<page>\\d+)\\s+(?<section>\\S.*)$',
    marks: [
      { pattern: '^/$', status: 'not_disclosed' },
      { pattern: '^不适用(?:[，,]\\s*.+)?$', status: 'not_applicable' },
    ],
    headingPattern: '^{section}$',
    note: 'test',
    ...over,
  }),
  file: 'data/indexes/x.json',
});

const HKEX_SEED = [
  '\uFEFF正文',
  '践行双碳',
  '引导绿色新生活',
  '科技赋能绿色低碳发展',
  '报告指标索引',
  '',
  '层面 A1：  ',
  '排放物',
  '',
  '一般披露 P39 科技赋能绿色低碳发展   ',
  '',
  '关键绩效指标 A1.2',
  '直接（范围 1）及能源间接（范围 2）温室气体排放量（以吨',
  '',
  '计算）及（如适用）密度',
  '第 71 页',
  '索引 指标',
  '页码',
  ' 层面 A1：',
  '排放物',
  '',
  'P38 践行双碳 引导绿色新生活 ',
  '',
  '关键绩效指标 A1.3',
  '所产生有害废弃物总量。',
  '/',
  '关键绩效指标 A2.5',
  '制成品所用包装材料的总量。',
  '不适用，公司无产品包装材料。',
  '层面 A4：',
  '气候变化',
  '一般披露 /',
  '读者反馈表',
].join('\r\n');

describe('HKEX index on a hostile layout', () => {
  const seed = seedFromText('x.txt', HKEX_SEED);
  const { entries, from, to } = parseDisclosureIndex(hkexRule(), seed);

  it('reads the index between its anchors', () => {
    expect([from, to]).toEqual([6, 32]);
    expect(entries.map((e) => e.code)).toEqual(['A1', 'A1.2', 'A1.3', 'A2.5', 'A4']);
  });

  it('keeps wording wrapped over a page break with its entry, and the citation after it', () => {
    const a12 = entries[1]!;
    expect(a12.title).toBe('直接（范围 1）及能源间接（范围 2）温室气体排放量（以吨 计算）及（如适用）密度');
    expect(a12.citations).toHaveLength(1);
    expect(a12.citations[0]).toMatchObject({ page: 38, section: '践行双碳 引导绿色新生活' });
    // The heading is broken over two lines in the body: found by its parts.
    expect(a12.citations[0]!.headings.map((h) => [h.line, h.quote])).toEqual([
      [2, '践行双碳'],
      [3, '引导绿色新生活'],
    ]);
    expect(a12.provenance).toMatchObject({ line: 12, lineEnd: 22 });
    expect(a12.provenance.quote.startsWith('关键绩效指标 A1.2')).toBe(true);
    expect(a12.provenance.quote.endsWith('P38 践行双碳 引导绿色新生活')).toBe(true);
  });

  it("takes a general disclosure's code from its aspect, quoting from the aspect line", () => {
    expect(entries[0]).toMatchObject({ code: 'A1', citations: [{ page: 39, section: '科技赋能绿色低碳发展' }] });
    expect(entries[0]!.citations[0]!.headings.map((h) => h.line)).toEqual([4]);
    expect(entries[0]!.provenance.quote).toBe('层面 A1：  \n排放物\n\n一般披露 P39 科技赋能绿色低碳发展');
    expect(entries[4]).toMatchObject({ code: 'A4', mark: { status: 'not_disclosed', text: '/' }, citations: [] });
  });

  it("reads the company's own marks verbatim", () => {
    expect(entries[2]!.mark).toEqual({ status: 'not_disclosed', text: '/' });
    expect(entries[3]!.mark).toEqual({ status: 'not_applicable', text: '不适用，公司无产品包装材料。' });
  });

  it('fails naming seed, line and rule when an entry cites nothing', () => {
    const bad = seedFromText('x.txt', HKEX_SEED.replace('/\r\n关键绩效指标 A2.5', '（空）\r\n关键绩效指标 A2.5'));
    const err = thrownCompileError(() => parseDisclosureIndex(hkexRule(), bad));
    expect(err.where).toEqual({ file: 'seeds/x.txt', line: 24, rule: 'test-hkex-index' });
    expect(err.message).toContain('entry A1.3 cites no section and carries no mark');
    expect(err.message).toContain('data/indexes/x.json');
  });

  it('fails on an entry both cited and marked, and on a repeated code', () => {
    const both = seedFromText('x.txt', HKEX_SEED.replace('所产生有害废弃物总量。', 'P40 践行绿色低碳行动'));
    expect(thrownCompileError(() => parseDisclosureIndex(hkexRule(), both)).message).toMatch(
      /A1.3 both cites "践行绿色低碳行动" and is marked "\/"/,
    );
    const twice = seedFromText('x.txt', HKEX_SEED.replace('关键绩效指标 A2.5', '关键绩效指标 A1.2'));
    const err = thrownCompileError(() => parseDisclosureIndex(hkexRule(), twice));
    expect(err.where.line).toBe(27);
    expect(err.message).toContain('entry A1.2 appears twice in the index (first on line 12)');
  });

  it('fails when the start anchor is missing or text stands outside any entry', () => {
    expect(thrownCompileError(() => parseDisclosureIndex(hkexRule({ start: '内容索引' }), seed)).message).toContain(
      'index start "内容索引" not found',
    );
    const stray = seedFromText('x.txt', HKEX_SEED.replace('报告指标索引\r\n', '报告指标索引\r\n目录说明\r\n'));
    const err = thrownCompileError(() => parseDisclosureIndex(hkexRule(), stray));
    expect(err.where).toMatchObject({ line: 6, rule: 'test-hkex-index' });
    expect(err.message).toContain('"目录说明" stands outside any index entry');
  });
});

const GRI_SEED = [
  '4.1 推进绿色运营',
  'GRI 内容索引表',
  'GRI 标准 披露项 报告章节',
  'GRI 302：能源 2016',
  '302-1 组织内部的能源消耗量',
  '推进绿色运营',
  '',
  '关键定量绩效表',
  'GRI 308：供应商环境评',
  '估 2016 ',
  '308-1 使用环境评价维度筛选的新供应商 恪守商业道德',
  ' GRI 标准 披露项 报告章节',
  'GRI 406：反歧视 2016 406-1 歧视事件及采取的纠正行动 保障员工权益',
  'GRI 409：强迫或强制劳',
  '动 2016 409-1 具有强迫或强制劳动事件重大风险的运营点',
  '',
  '和供应商 保障员工权益',
  'GRI 418：客户隐私 ',
  '2016 418-1 涉及侵犯客户隐私和丢失客户资料的经证实',
  '',
  '的投诉 重视信息安全',
].join('\n');

const griRule = () => ({
  ...indexRuleSchema.parse({
    id: 'test-gri-index',
    source: 'g.txt',
    standard: 'gri',
    start: 'GRI 内容索引表',
    skip: ['^GRI 标准 披露项 报告章节$', '^GRI \\d+：.*$', '^(?:\\S{1,3}\\s+)?(?:19|20)\\d{2}$'],
    entries: [{ pattern: '^(?:.*?(?:19|20)\\d{2}\\s+)?(?<code>\\d{1,3}-\\d{1,2})\\s+(?<rest>.*)$' }],
    sections: ['推进绿色运营', '关键定量绩效表', '恪守商业道德', '保障员工权益', '重视信息安全'],
    citation: '(?:^|\\s)(?<section>{sections})$',
    headingPattern: '^(?:\\d+(?:\\.\\d+)*\\s*)?{section}$',
    note: 'test',
  }),
  file: 'data/indexes/g.json',
});

describe('GRI content index on a hostile layout', () => {
  const seed = seedFromText('g.txt', GRI_SEED);
  const { entries } = parseDisclosureIndex(griRule(), seed);

  it('finds codes behind wrapped standard names and years, and after a group name on the same line', () => {
    expect(entries.map((e) => e.code)).toEqual(['302-1', '308-1', '406-1', '409-1', '418-1']);
    expect(entries[2]).toMatchObject({ title: '歧视事件及采取的纠正行动', citations: [{ section: '保障员工权益' }] });
  });

  it('splits title and chapter sharing a line, and collects chapters on following lines', () => {
    expect(entries[0]!.citations.map((c) => c.section)).toEqual(['推进绿色运营', '关键定量绩效表']);
    expect(entries[0]!.citations[0]!.headings.map((h) => h.quote)).toEqual(['4.1 推进绿色运营']);
    expect(entries[1]).toMatchObject({ title: '使用环境评价维度筛选的新供应商', citations: [{ section: '恪守商业道德' }] });
    expect(entries[3]).toMatchObject({
      title: '具有强迫或强制劳动事件重大风险的运营点 和供应商',
      citations: [{ section: '保障员工权益' }],
    });
    expect(entries[4]!.provenance).toMatchObject({ line: 19, lineEnd: 21 });
  });

  it('fails naming the line when a GRI code is missing from the crosswalk', () => {
    const matrix: MatrixInputs = {
      guide: { standard: 'hkex', title: { zh: 'x', en: 'x' }, pillarNote: 'x', rows: [], file: 'data/standards/x.json' },
      crosswalks: [
        {
          from: 'gri',
          to: 'hkex',
          title: { zh: 'x', en: 'x' },
          basis: 'x',
          file: 'data/crosswalks/g.json',
          map: ['302-1', '308-1', '406-1', '418-1'].map((code) => ({ code, hkex: [], note: 'x' })),
        },
      ],
      indexes: [griRule()],
    };
    const sources = [{ id: 'g.txt', company: 'co' }] as Source[];
    const err = thrownCompileError(() => indexEntries({ matrix, seeds: new Map([['g.txt', seed]]), sources }, new Set()));
    expect(err.where).toEqual({ file: 'seeds/g.txt', line: 15, rule: 'test-gri-index' });
    expect(err.message).toContain('GRI code 409-1 is not in data/crosswalks/g.json');
  });
});
