/**
 * The source reader's UI strings. `zh` defines the keys; `en` must have exactly
 * the same ones (a missing or extra key is a type error), so the app shell can
 * fold both into its catalogue. `{name}` placeholders are filled by `fill()`.
 */
const zh = {
  regionLabel: '来源原文：{title}',
  publisher: '发布方',
  date: '日期',
  file: '文件',
  lineCount: '共 {count} 行',
  findLabel: '在原文中查找',
  findPlaceholder: '查找文字或数字',
  findPrevious: '上一个',
  findNext: '下一个',
  findCount: '第 {current} 个，共 {total} 个',
  findNone: '无匹配',
  findHint: '回车查找下一个，Shift+回车查找上一个',
  goToLine: '跳至行',
  goToLineButton: '跳转',
  textLabel: '原文，共 {count} 行',
  lineLabel: '第 {line} 行',
  showIgnored: '显示已忽略的数字（{count}）',
  legendTitle: '图例',
  legendFigure: '已提取的数值：点击查看其数据',
  legendGarbled: '原文数字错乱：不作为数值使用',
  legendIndexClaim: '报告索引声称披露但未找到',
  legendCorroboration: '另一处陈述了同一数值',
  legendQuote: '所链接的原文引文',
  legendIgnored: '已审阅并忽略的数字（年份、页码等）',
  figureName: '{figure}：{metric}，{period}，{value}',
  garbledName: '{figure}：{metric}，{period}，原文数字错乱',
  ignoredName: '已忽略：{reason}',
  figuresTitle: '本来源中提取的数值（{count}）',
  figuresEmpty: '本来源中没有提取任何数值。',
  figureAtLine: '第 {line} 行',
  openObservation: '查看数据',
  garbledTitle: '原文数字错乱（{count}）',
  garbledExplain: '以下数字在原文中印刷错误（例如新旧两个数字连在一起），不作为数值使用，也不绘入图表。',
  corroborates: '佐证',
  indexClaim: '索引声称',
} as const;

export type SourceReaderMessageKey = keyof typeof zh;
export type SourceReaderMessages = Record<SourceReaderMessageKey, string>;

const en: SourceReaderMessages = {
  regionLabel: 'Source text: {title}',
  publisher: 'Publisher',
  date: 'Date',
  file: 'File',
  lineCount: '{count} lines',
  findLabel: 'Find in source',
  findPlaceholder: 'Find text or a number',
  findPrevious: 'Previous',
  findNext: 'Next',
  findCount: '{current} of {total}',
  findNone: 'No matches',
  findHint: 'Enter finds the next match, Shift+Enter the previous one',
  goToLine: 'Go to line',
  goToLineButton: 'Go',
  textLabel: 'Source text, {count} lines',
  lineLabel: 'Line {line}',
  showIgnored: 'Show ignored numbers ({count})',
  legendTitle: 'Legend',
  legendFigure: 'Extracted figure: select it to see its data',
  legendGarbled: 'Garbled in the source: not used as a value',
  legendIndexClaim: "Claimed in the report's index but not found",
  legendCorroboration: 'Another place stating the same figure',
  legendQuote: 'The linked quote',
  legendIgnored: 'Number reviewed and ignored (years, page numbers …)',
  figureName: '{figure}: {metric}, {period}, {value}',
  garbledName: '{figure}: {metric}, {period}, garbled in the source',
  ignoredName: 'ignored: {reason}',
  figuresTitle: 'Figures extracted from this source ({count})',
  figuresEmpty: 'No figure was extracted from this source.',
  figureAtLine: 'line {line}',
  openObservation: 'Open data',
  garbledTitle: 'Garbled figures ({count})',
  garbledExplain:
    'These figures are misprinted in the source (for example an old and a new figure run together); they are not used as values and are never charted.',
  corroborates: 'corroborates',
  indexClaim: 'index claim',
};

export const sourceReaderMessages: Record<'zh' | 'en', SourceReaderMessages> = { zh, en };

/** Fill `{name}` placeholders; a placeholder without a value stays visible (a bug to see, not hide). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
