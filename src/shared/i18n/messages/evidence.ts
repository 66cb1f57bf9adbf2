/**
 * Strings of the views that show a value's evidence, each a lazy chunk: the provenance panel,
 * a card's table, the source reader and the metric page. Each imports this module for its side
 * effect, so the strings ship with the first of them to load, not with the first view.
 */
import { registerMessages } from '../catalogue';
import type { MessageTable, SameShape } from './shape';
import type { Provenance } from '../../../model/schema';

const zh = {
  'role.value': '数值',
  'role.label': '标签',
  'role.unit': '单位',
  'role.index_claim': '报告索引声称',
  'role.context': '所在表格',
  'col.period': '期间',
  'col.company': '公司',
  'col.value': '数值',
  'col.qualifier': '限定',
  'col.status': '状态',
  'col.notes': '注',
  'table.scrolls': '表格可左右滚动',
  'prov.source': '来源',
  'prov.lines': '行',
  'prov.context': '上下文',
  'prov.formula': '计算公式',
  'prov.inputs': '输入值',
  'prov.published': '日期',
  'prov.publisher': '发布方',
  'prov.companySupplied': '企业供稿',
  'prov.notFound': '找不到该数值。',
  'prov.noSource': '没有来源文本：该公司资料中未找到此指标。',
  'prov.corroborations': '其他提及同一数字之处',
  'prov.readInSource': (line: string) => `在原文中阅读（第 ${line} 行）`,
} satisfies MessageTable;

const en: SameShape<typeof zh> = {
  'role.value': 'The figure',
  'role.label': 'Its label',
  'role.unit': 'Its unit',
  'role.index_claim': "The report's index claims",
  'role.context': 'Table header',
  'col.period': 'Period',
  'col.company': 'Company',
  'col.value': 'Value',
  'col.qualifier': 'Qualifier',
  'col.status': 'Status',
  'col.notes': 'Notes',
  'table.scrolls': 'Table scrolls sideways',
  'prov.source': 'Source',
  'prov.lines': 'Lines',
  'prov.context': 'Surrounding text',
  'prov.formula': 'Formula',
  'prov.inputs': 'Inputs',
  'prov.published': 'Date',
  'prov.publisher': 'Publisher',
  'prov.companySupplied': 'company-supplied',
  'prov.notFound': 'This value was not found in the dataset.',
  'prov.noSource': 'No source text: no source of this company gives this metric.',
  'prov.corroborations': 'Other places stating the same figure',
  'prov.readInSource': (line) => `Read in the source (line ${line})`,
};

export const evidenceMessages = { zh, en };
registerMessages(evidenceMessages);

// every source role has a label: a missing one fails to compile
const coversRoles: Record<`role.${Provenance['role']}`, unknown> = zh;
void coversRoles;
