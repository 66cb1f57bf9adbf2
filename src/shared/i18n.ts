/** UI strings in zh and en. Data texts (names, caveats) carry their own zh/en fields. */
import type { Grade, Qualifier, Status } from '../model/schema';

export type Lang = 'zh' | 'en';

const STRINGS = {
  title: { zh: '对标 · 消费金融 ESG 同业对比', en: 'Duibiao · Consumer-finance ESG peer benchmark' },
  subtitle: {
    zh: '每个数字都可追溯至报告原文；不可比的数值会明确标注。',
    en: 'Every number traces to the sentence it came from; incomparable values are flagged, never charted as twins.',
  },
  coreFour: { zh: '核心四项', en: 'The core four' },
  loading: { zh: '正在加载数据…', en: 'Loading data…' },
  retry: { zh: '重试', en: 'Retry' },
  loadError: { zh: '数据加载失败', en: 'The data could not be loaded' },
  empty: { zh: '数据集中没有可显示的指标。', en: 'The dataset holds no metrics to show.' },
  chart: { zh: '图表', en: 'Chart' },
  table: { zh: '表格', en: 'Table' },
  absolute: { zh: '绝对值', en: 'Absolute' },
  perEmployee: { zh: '人均', en: 'Per employee' },
  perRevenue: { zh: '每亿元营收', en: 'Per RMB 100m revenue' },
  period: { zh: '期间', en: 'Period' },
  company: { zh: '公司', en: 'Company' },
  value: { zh: '数值', en: 'Value' },
  qualifier: { zh: '限定', en: 'Qualifier' },
  status: { zh: '状态', en: 'Status' },
  notes: { zh: '注', en: 'Notes' },
  notComparableAlt: { zh: '最接近的披露（不可比，未绘入图表）', en: 'Nearest disclosed figure (not comparable, not charted)' },
  source: { zh: '来源', en: 'Source' },
  lines: { zh: '行', en: 'Lines' },
  quote: { zh: '原文', en: 'Verbatim quote' },
  context: { zh: '上下文', en: 'Surrounding text' },
  close: { zh: '关闭', en: 'Close' },
  formula: { zh: '计算公式', en: 'Formula' },
  inputs: { zh: '输入值', en: 'Inputs' },
  provenance: { zh: '数据出处', en: 'Where this number comes from' },
  published: { zh: '日期', en: 'Date' },
  publisher: { zh: '发布方', en: 'Publisher' },
  companySupplied: { zh: '企业供稿', en: 'company-supplied' },
  normaliseRefused: { zh: '无法换算', en: 'Not normalised' },
  chartAlt: { zh: '图表数据摘要', en: 'Chart summary' },
  language: { zh: 'English', en: '中文' },
  garbledRaw: { zh: '原文', en: 'printed' },
  plausibly: { zh: '可能为', en: 'plausibly' },
  noChart: { zh: '两家公司均无可绘制的数值。', en: 'Neither company has a value that can be charted.' },
  datedPoints: {
    zh: '累计值按披露日期显示为散点，并非年度序列。',
    en: 'Cumulative figures are shown as dated points, not an annual series.',
  },
  crosswalk: { zh: '标准对照', en: 'Standards' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

export const STATUS_LABEL: Record<Status, Record<Lang, string>> = {
  reported: { zh: '已披露', en: 'reported' },
  derived: { zh: '推算', en: 'derived' },
  not_disclosed: { zh: '未披露', en: 'not disclosed' },
  not_applicable: { zh: '不适用', en: 'not applicable' },
  claimed_not_found: { zh: '索引声称披露但未找到', en: "claimed in the report's index but not found" },
  garbled: { zh: '原文数字错乱', en: 'garbled in source' },
};

export const QUALIFIER_LABEL: Record<Qualifier, Record<Lang, string>> = {
  exact: { zh: '精确', en: 'exact' },
  at_least: { zh: '不少于（超/逾/余）', en: 'at least (more than)' },
  about: { zh: '约/近', en: 'about (nearly)' },
  at_most: { zh: '不超过', en: 'at most' },
};

export const QUALIFIER_SIGN: Record<Qualifier, string> = { exact: '', at_least: '≥ ', about: '≈ ', at_most: '≤ ' };

export const GRADE_LABEL: Record<Grade, Record<Lang, string>> = {
  comparable: { zh: '可比', en: 'Comparable' },
  comparable_with_caveats: { zh: '有条件可比', en: 'Comparable with caveats' },
  not_comparable: { zh: '不可比', en: 'Not comparable' },
};

export const GROUP_LABEL: Record<string, Record<Lang, string>> = {
  financial: { zh: '财务', en: 'Financial' },
  innovation: { zh: '科技创新', en: 'Innovation' },
  environment: { zh: '环境', en: 'Environment' },
  workforce: { zh: '员工', en: 'Workforce' },
  consumer_protection: { zh: '消费者保护', en: 'Consumer protection' },
  governance: { zh: '公司治理', en: 'Governance' },
  inclusive_finance: { zh: '普惠金融与社区', en: 'Inclusive finance & community' },
};
