// @vitest-environment node
import './with-vocabulary';
import { ruleSchema, type Rule } from '../../src/compiler/input-schema';
import { applyRule, patternRegExp } from '../../src/compiler/rules';
import { seedFromText } from '../../src/compiler/seed-text';
import { thrownCompileError } from './compile-error';

const seed = (...lines: string[]) => seedFromText('t.txt', lines.join('\n'));

function rule(over: Record<string, unknown>): Rule {
  return ruleSchema.parse({
    id: 'r-test',
    source: 't.txt',
    metric: 'taxes_paid_cumulative',
    period: 'FY2022',
    anchor: '累计纳税',
    value: { lines: [0, 0], pattern: '累计纳税超{num}亿元' },
    unit: '亿元',
    note: 'test rule',
    noteZh: '测试规则',
    ...over,
  });
}

const thrown = thrownCompileError;

describe('applyRule: finding the figure', () => {
  it('reads an infographic figure two lines under a multi-line anchor', () => {
    const s = seed('社会绩效', '资产总额', '', '亿元665.10', '', '员工人数');
    const f = applyRule(
      rule({ id: 'ta', metric: 'total_assets', anchor: '资产总额\n\n亿元', value: { lines: [0, 2], pattern: '亿元{num}' } }),
      s,
      'mashang',
    );
    expect(f).toMatchObject({
      ruleId: 'ta',
      company: 'mashang',
      metric: 'total_assets',
      printed: '665.10',
      printedUnit: '亿元',
      qualifier: 'exact',
      sign: 1,
      line: 4,
    });
    expect(f.provenance).toEqual([
      { source: 't.txt', line: 2, lineEnd: 4, quote: '资产总额\n\n亿元', role: 'label' },
      { source: 't.txt', line: 4, quote: '亿元665.10', figure: '665.10', unit: '亿元', role: 'value' },
    ]);
  });

  it('quotes a prose figure with the text around it and no label item', () => {
    const s = seed('十年来，马上消费公司交出了一份扎实的普惠金融成绩单：累计纳税超120亿元，服务用户突破2.2亿人次。');
    const f = applyRule(rule({}), s, 'mashang');
    expect(f.printed).toBe('120');
    expect(f.provenance).toEqual([
      { source: 't.txt', line: 1, quote: '成绩单：累计纳税超120亿元，服务用', figure: '120', unit: '亿元', role: 'value' },
    ]);
  });

  it('fails naming the rule and file when the anchor is missing', () => {
    const e = thrown(() => applyRule(rule({ id: 'mashang-x-missing' }), seed('营业收入 亿元135.30'), 'mashang'));
    expect(e.message).toContain('seeds/t.txt');
    expect(e.message).toContain('[rule mashang-x-missing]');
    expect(e.message).toContain('anchor "累计纳税" not found');
  });

  it('fails listing the lines when the anchor is not unique', () => {
    const e = thrown(() => applyRule(rule({ id: 'dup' }), seed('累计纳税超60亿元', '其他', '累计纳税超120亿元'), 'mashang'));
    expect(e.message).toContain('[rule dup]');
    expect(e.message).toContain('anchor "累计纳税" is not unique: found on lines 1, 3');
    expect(e.where.line).toBe(1);
  });

  it('fails when the pattern matches twice in the window', () => {
    const s = seed('员工人数', '人2785', '人1031');
    const e = thrown(() =>
      applyRule(rule({ anchor: '员工人数', unit: '人', value: { lines: [0, 2], pattern: '人{num}' } }), s, 'mashang'),
    );
    expect(e.message).toContain('value pattern "人{num}" matches 2 times in lines 1-3 (lines 2, 3)');
  });

  it('fails when the pattern is not in the window', () => {
    const s = seed('员工人数', '', '', '人2785');
    const e = thrown(() =>
      applyRule(rule({ anchor: '员工人数', unit: '人', value: { lines: [0, 2], pattern: '人{num}' } }), s, 'mashang'),
    );
    expect(e.message).toContain('value pattern "人{num}" not found in lines 1-3');
  });

  it('fails on an empty window', () => {
    expect(
      thrown(() => applyRule(rule({ value: { lines: [2, 1], pattern: '{num}' } }), seed('累计纳税超120亿元'), 'm')).message,
    ).toContain('value window is empty');
  });

  it('fails when the unit is not printed between the anchor and the figure', () => {
    const e = thrown(() => applyRule(rule({ unit: '万元' }), seed('累计纳税超120亿元'), 'mashang'));
    expect(e.message).toContain('unit "万元" is not printed between the anchor and the figure');
    const e2 = thrown(() =>
      applyRule(
        rule({ anchor: '总减排量', unit: '万吨', value: { lines: [0, 2], pattern: '{num}' } }),
        seed('总减排量', '', '137.09', '万吨'),
        'm',
      ),
    );
    expect(e2.message).toContain('unit "万吨" is not printed');
  });

  it('matches patterns with loose whitespace', () => {
    expect(patternRegExp('超 {num} 亿元').exec('累计纳税超60亿元')?.[1]).toBe('60');
    expect(patternRegExp('超{num}亿元').exec('累计纳税超 60 亿元')?.[1]).toBeUndefined();
    expect(patternRegExp('亿元{num}').exec('亿元1,113,420.3')?.[1]).toBe('1,113,420.3');
  });
});

describe('applyRule: qualifiers', () => {
  const cases: [string, string, string, string, string][] = [
    ['累计纳税超120亿元，服务用户', '累计纳税', '累计纳税超{num}亿元', '亿元', 'at_least'],
    ['帮助将近1200万信用白户首次建立信用记录', '信用白户首次', '将近{num}万信用白户', '万信用白户', 'at_most'],
    ['牵头编制了130余项国际与国家技术标准', '技术标准', '编制了{num}余项', '项', 'at_least'],
    ['累计科技投入超过 30 亿元，申请发', '累计科技投入超过', '超过 {num} 亿元', '亿元', 'at_least'],
    ['服务用户突破2.2亿人次，其中', '服务用户', '突破{num}亿人次', '亿人次', 'at_least'],
    ['9万用户减免息费约5632.29万元', '用户减免息费', '约{num}万元', '万元', 'about'],
    ['申请发明专利 1400+件，牵头', '申请发明专利', '{num}+件', '件', 'at_least'],
    ['合作机构 1000 以上，覆盖全国', '合作机构', '{num} 以上', '机构', 'at_least'],
    ['覆盖 100 多家机构', '覆盖', '{num} 多家', '家', 'at_least'],
    ['研发费用达 30 亿元', '研发费用', '达 {num} 亿元', '亿元', 'exact'],
  ];
  it.each(cases)('%s → %s', (line, anchor, pattern, unit, q) => {
    expect(applyRule(rule({ anchor, unit, value: { lines: [0, 0], pattern } }), seed(line), 'mashang').qualifier).toBe(q);
  });

  it('keeps the cue in the quote', () => {
    const f = applyRule(
      rule({ anchor: '技术标准', unit: '项', value: { lines: [0, 0], pattern: '编制了{num}余项' } }),
      seed('牵头编制了130余项国际与国家技术标准'),
      'm',
    );
    expect(f.provenance[0]!.quote).toContain('130余项');
  });

  it('fails when a rule says exact but the text says 超', () => {
    const e = thrown(() => applyRule(rule({ qualifier: 'exact' }), seed('累计纳税超120亿元'), 'mashang'));
    expect(e.message).toContain('rule says qualifier exact but the text reads at_least');
  });

  it('fails when a rule states a qualifier with no cue for it', () => {
    const e = thrown(() =>
      applyRule(
        rule({ qualifier: 'at_least', value: { lines: [0, 0], pattern: '累计纳税{num}亿元' } }),
        seed('累计纳税120亿元'),
        'm',
      ),
    );
    expect(e.message).toContain('rule says qualifier at_least but no cue for it is printed near the figure');
  });

  it('accepts a stated qualifier whose cue sits on the label line', () => {
    const s = seed('为信用白户建立征信记录超', '', '万人', '', '700');
    const f = applyRule(
      rule({
        anchor: '为信用白户建立征信记录超',
        unit: '万人',
        qualifier: 'at_least',
        value: { lines: [4, 4], pattern: '{num}' },
      }),
      s,
      'm',
    );
    expect(f).toMatchObject({ printed: '700', qualifier: 'at_least' });
  });

  // BUG (src/compiler/rules.ts, the `if (rule.qualifier)` block): a cue printed on the label line of an
  // infographic ("累计纳税超" / "亿元60") is only consulted when the rule states a non-exact qualifier,
  // so a rule stating `exact` (or none) silently drops the 超. The README says a rule can never drop one.
  it('refuses `exact` when the 超 sits on the infographic label line', () => {
    const s = seed('累计纳税超', '', '亿元60');
    expect(() =>
      applyRule(rule({ anchor: '累计纳税超', qualifier: 'exact', value: { lines: [0, 2], pattern: '亿元{num}' } }), s, 'm'),
    ).toThrow(/qualifier/);
  });

  // BUG (src/compiler/numbers.ts AFTER_CUES): only 万/亿 may stand between the figure and a trailing cue,
  // so "70%以上" / "15%左右" / "5000人以上" are read as exact when the rule does not state the qualifier.
  it('reads 以上 after a unit ("比例在70%以上") as at_least', () => {
    const f = applyRule(
      rule({ anchor: '比例在', unit: '%', value: { lines: [0, 0], pattern: '比例在{num}%' } }),
      seed('研发人员占员工总数的比例在70%以上'),
      'm',
    );
    expect(f.qualifier).toBe('at_least');
  });
});

describe('applyRule: sign', () => {
  it('negates a figure whose label states a fall', () => {
    const s = seed('%6.3', '公司用电量同比降低');
    const f = applyRule(
      rule({
        anchor: '公司用电量同比降低',
        metric: 'electricity_yoy_change',
        unit: '%',
        sign: 'negative',
        value: { lines: [-1, -1], pattern: '%{num}' },
      }),
      s,
      'm',
    );
    expect(f.sign).toBe(-1);
    expect(f.printed).toBe('6.3');
    expect(f.provenance.find((p) => p.role === 'value')).toEqual({
      source: 't.txt',
      line: 1,
      quote: '%6.3',
      figure: '6.3',
      unit: '%',
      sign: -1,
      role: 'value',
    });
    expect(f.provenance.find((p) => p.role === 'label')).toMatchObject({ line: 2, quote: '公司用电量同比降低' });
  });

  it('refuses a negative sign when the label states no fall', () => {
    const s = seed('%6.3', '公司用电量同比增长');
    const e = thrown(() =>
      applyRule(
        rule({
          id: 'neg',
          anchor: '公司用电量同比增长',
          unit: '%',
          sign: 'negative',
          value: { lines: [-1, -1], pattern: '%{num}' },
        }),
        s,
        'm',
      ),
    );
    expect(e.message).toContain('[rule neg]');
    expect(e.message).toContain('rule says the figure is a fall');
  });

  it('leaves positive figures positive', () => {
    expect(applyRule(rule({}), seed('累计纳税超120亿元'), 'm').sign).toBe(1);
  });
});
