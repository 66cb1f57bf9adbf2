/**
 * Strings of the methodology page (features/methodology), with its section on the
 * matrix score. MethodologyPage imports this module for its side effect, so they
 * ship in that lazy chunk and register when it loads.
 */
import type { Grade } from '../../../model/schema';
import { registerMessages } from '../catalogue';
import type { MessageTable, SameShape } from './shape';

const zh = {
  'method.title': '方法说明',
  'method.intro': '对标从公司 ESG 报告和新闻报道的原文中提取数字。本页说明数字从哪里来、如何核对，以及“可比”的含义。',
  'method.extractTitle': '数字如何提取与核对',
  'method.extract':
    '构建时，编译器按数据文件中的规则读取原文（表格行、带标签的句子），解析数字和单位，并逐条核对：每个数值附带来源文件、行号和原文引用；引用必须与原文逐字一致，数字必须能从引用中重新解析出来，否则构建失败。',
  'method.deriveTitle': '推算与换算',
  'method.derive':
    '推算值（如比率、人均值）由编译器计算并核对，浏览器不做任何计算。若分母口径不同（例如员工人数含外包人员），换算会被拒绝，并写明原因。',
  'method.gradesTitle': '可比性等级',
  'method.grades.comparable': '口径一致，可直接并列比较。',
  'method.grades.comparable_with_caveats': '可以比较，但需阅读卡片下方编号脚注中的差异。',
  'method.grades.not_comparable': '口径不同，或只有一家公司披露：不绘成并列图形。',
  'method.gapsTitle': '缺失值的类型',
  'method.gaps.not_disclosed': '公司资料中没有这个数字。',
  'method.gaps.not_applicable': '该指标不适用于这家公司。',
  'method.gaps.claimed_not_found': '报告的索引声称披露了该指标，但正文中找不到。',
  'method.gaps.garbled': '原文中的数字因排版错乱无法确定；会显示原文和可能的读法。',
  'method.gapsNote': '缺失值从不显示为零，也不会被填补。',
  'method.qualifiersTitle': '限定符号',
  'method.qualifiers':
    '“≥”表示原文写作“超过/逾/余/不少于/至少”，“≈”表示“约/左右”，“≤”表示“近/将近/不超过/以内/最多”（“近”是略低于，而非约等于）。符号随数值出现在所有位置。',
  'method.scoreTitle': '港交所披露矩阵与披露得分',
  'method.score':
    '披露矩阵为每家公司逐项列出港交所 ESG 指引的披露状态，由编译器根据报告自带的索引（港交所索引，或经对照表对应的 GRI 索引）、指标目录和已提取的数值计算。得分衡量的是对指引的回应是否完整，而不是表现好坏。',
  'method.scoreFormula': '得分公式',
} satisfies MessageTable;

const en: SameShape<typeof zh> = {
  'method.title': 'Methodology',
  'method.intro':
    'Duibiao takes its numbers from the text of companies’ ESG reports and press coverage. This page says where the numbers come from, how they are checked, and what “comparable” means.',
  'method.extractTitle': 'How numbers are extracted and verified',
  'method.extract':
    'At build time the compiler reads the source texts with rules kept as data (table rows, labelled sentences), parses each number and unit, and checks every one: each value carries its source file, line numbers and verbatim quote; the quote must match the source exactly and the number must parse out of it again, or the build fails.',
  'method.deriveTitle': 'Derived and normalised values',
  'method.derive':
    'Derived values (ratios, per-employee figures) are computed and verified by the compiler; the browser computes nothing. When a denominator covers something else (headcount including outsourced staff, say) the normalisation is refused and the reason is written down.',
  'method.gradesTitle': 'Comparability grades',
  'method.grades.comparable': 'Same definition and boundary: safe to put side by side.',
  'method.grades.comparable_with_caveats': 'Comparable, but read the numbered footnotes under the card for the differences.',
  'method.grades.not_comparable': 'Different definitions, or only one company discloses: never charted as twins.',
  'method.gapsTitle': 'Kinds of missing value',
  'method.gaps.not_disclosed': 'No source of the company gives this number.',
  'method.gaps.not_applicable': 'The metric does not apply to this company.',
  'method.gaps.claimed_not_found': 'The report’s index claims the metric is disclosed, but the text does not contain it.',
  'method.gaps.garbled': 'The printed number is scrambled by the layout; the raw text and a plausible reading are shown.',
  'method.gapsNote': 'A missing value is never shown as zero and never filled in.',
  'method.qualifiersTitle': 'Qualifiers',
  'method.qualifiers':
    '“≥” marks “more than / over / at least” in the source, “≈” marks “about”, “≤” marks “nearly / just under / at most” (近 means just under, not about). The sign travels with the value everywhere it appears.',
  'method.scoreTitle': 'The HKEX disclosure matrix and score',
  'method.score':
    'The disclosure matrix gives, per company, a status for every item of the HKEX ESG Guide, computed by the compiler from the reports’ own indexes (an HKEX index, or a GRI index read through our crosswalk), the metric catalogue and the extracted figures. The score measures how completely a company answers the Guide, not how well it performs.',
  'method.scoreFormula': 'The formula',
};

export const methodologyMessages = { zh, en };
registerMessages(methodologyMessages);

// every grade is explained: a missing one fails to compile
type Covers<K extends string> = Record<K, unknown>;
const covered: Covers<`method.grades.${Grade}`> = zh;
void covered;
