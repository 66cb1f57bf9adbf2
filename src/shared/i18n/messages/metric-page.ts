/**
 * Strings of the metric page (features/metric-page), with the basis and direction
 * labels only it shows. MetricPageRoute imports this module for its side effect, so
 * they ship in that lazy chunk and register when it loads.
 */
import type { Metric } from '../../../model/schema';
import { registerMessages } from '../catalogue';
import type { MessageTable, SameShape } from './shape';

const zh = {
  'page.noMetric': '数据集中没有这个指标。',
  'basis.annual': '年度',
  'basis.cumulative': '累计（自所述起点）',
  'basis.point_in_time': '时点值',
  'basis.ratio': '比率',
  'better.higher': '越高越好',
  'better.lower': '越低越好',
  'better.none': '无优劣方向',
  'mp.definition': '定义（我们的表述）',
  'mp.unit': '单位',
  'mp.basis': '口径',
  'mp.better': '方向',
  'mp.crosswalkNone': '未对应',
  'mp.hkex': '港交所 ESG 指引',
  'mp.gri': 'GRI',
  'mp.sasb': 'SASB 消费金融',
  'mp.seriesTitle': (company: string) => `${company}：全部来源与日期的数值`,
  'mp.seriesCaption': (company: string, metric: string) => `${company} 的${metric}，按日期排列`,
  'mp.colSource': '来源',
  'mp.colNotes': '说明与注释',
  'mp.noObservations': '没有该公司的记录。',
  'mp.openProvenance': (value: string) => `查看出处：${value}`,
  'mp.openSource': (source: string, line: string) => `在原文中打开：${source}，第 ${line} 行`,
  'mp.sourceLine': (source: string, line: string) => `${source}，第 ${line} 行`,
  'mp.alsoStated': '其他来源亦载：',
  'mp.caveatRef': (n: number) => `注 ${n}`,
  'mp.conflictsTitle': (count: number) => `来源之间的冲突（${count}）`,
  'mp.conflictEmitted': '采用',
  'mp.conflictOther': '另一说法',
  'mp.conflictCaption': (company: string, period: string) => `${company}，${period}：各来源的说法`,
  'mp.colStatement': '说法',
  'mp.caveatsTitle': (count: number) => `注释（${count}）`,
  'mp.caveatsNone': '该指标没有注释。',
  'mp.grade': '可比性',
  'mp.citations': '依据',
  'mp.gapsTitle': (count: number) => `缺失（${count}）`,
  'mp.gapsNone': '没有缺失的数值。',
  'mp.normalisedTitle': '编译器换算的数值',
  'mp.compare': '在对比页查看图表',
} satisfies MessageTable;

const en: SameShape<typeof zh> = {
  'page.noMetric': 'The dataset has no such metric.',
  'basis.annual': 'annual',
  'basis.cumulative': 'cumulative (since a stated start)',
  'basis.point_in_time': 'point in time',
  'basis.ratio': 'ratio',
  'better.higher': 'higher is better',
  'better.lower': 'lower is better',
  'better.none': 'no better direction',
  'mp.definition': 'Definition (in our words)',
  'mp.unit': 'Unit',
  'mp.basis': 'Basis',
  'mp.better': 'Better',
  'mp.crosswalkNone': 'not mapped',
  'mp.hkex': 'HKEX ESG Guide',
  'mp.gri': 'GRI',
  'mp.sasb': 'SASB Consumer Finance',
  'mp.seriesTitle': (company) => `${company}: every value, all sources and dates`,
  'mp.seriesCaption': (company, metric) => `${metric} of ${company}, by date`,
  'mp.colSource': 'Source',
  'mp.colNotes': 'Notes and caveats',
  'mp.noObservations': 'No record for this company.',
  'mp.openProvenance': (value) => `Where this comes from: ${value}`,
  'mp.openSource': (source, line) => `Open in the source: ${source}, line ${line}`,
  'mp.sourceLine': (source, line) => `${source}, line ${line}`,
  'mp.alsoStated': 'Also stated in:',
  'mp.caveatRef': (n) => `note ${n}`,
  'mp.conflictsTitle': (count) => `Conflicts between sources (${count})`,
  'mp.conflictEmitted': 'used',
  'mp.conflictOther': 'other statement',
  'mp.conflictCaption': (company, period) => `${company}, ${period}: what each source states`,
  'mp.colStatement': 'Statement',
  'mp.caveatsTitle': (count) => `Caveats (${count})`,
  'mp.caveatsNone': 'No caveat applies to this metric.',
  'mp.grade': 'Comparability',
  'mp.citations': 'Grounds',
  'mp.gapsTitle': (count) => `Gaps (${count})`,
  'mp.gapsNone': 'No value is missing.',
  'mp.normalisedTitle': 'Values normalised by the compiler',
  'mp.compare': 'See the chart on the compare page',
};

export const metricPageMessages = { zh, en };
registerMessages(metricPageMessages);

// every basis and better-direction has a label: a missing one fails to compile
type Covers<K extends string> = Record<K, unknown>;
const covered: Covers<`basis.${Metric['basis']}` | `better.${NonNullable<Metric['better']>}`> = zh;
void covered;
