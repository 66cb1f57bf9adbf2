/**
 * Strings of the source reader (features/source-reader). SourcePage imports this
 * module for its side effect, so they ship in that lazy chunk and register when
 * it loads; the catalogue sees only their types.
 */
import { registerMessages } from '../catalogue';
import type { MessageTable, SameShape } from './shape';

const zh = {
  'page.noSource': '没有这个来源文件。',
  'sr.file': '文件',
  'sr.lineCount': (count: number) => `共 ${count} 行`,
  'sr.findLabel': '在原文中查找',
  'sr.findPlaceholder': '查找文字或数字',
  'sr.findPrevious': '上一个',
  'sr.findNext': '下一个',
  'sr.findCount': (current: number, total: number) => `第 ${current} 个，共 ${total} 个`,
  'sr.findNone': '无匹配',
  'sr.findHint': '回车查找下一个，Shift+回车查找上一个',
  'sr.goToLine': '跳至行',
  'sr.goToLineButton': '跳转',
  'sr.textLabel': (count: number) => `原文，共 ${count} 行`,
  'sr.showIgnored': (count: number) => `显示已忽略的数字（${count}）`,
  'sr.legendTitle': '图例',
  'sr.legendFigure': '已提取的数值：点击查看其数据',
  'sr.legendGarbled': '原文数字错乱：不作为数值使用',
  'sr.legendIndexClaim': '报告索引声称披露但未找到',
  'sr.legendCorroboration': '另一处陈述了同一数值',
  'sr.legendQuote': '所链接的原文引文',
  'sr.legendIgnored': '已审阅并忽略的数字（年份、页码等）',
  'sr.figureName': (figure: string, metric: string, period: string, value: string) => `${figure}：${metric}，${period}，${value}`,
  'sr.garbledName': (figure: string, metric: string, period: string) => `${figure}：${metric}，${period}，原文数字错乱`,
  'sr.ignoredName': (reason: string) => `已忽略：${reason}`,
  'sr.figuresTitle': (count: number) => `本来源中提取的数值（${count}）`,
  'sr.figuresEmpty': '本来源中没有提取任何数值。',
  'sr.figureAtLine': (line: number) => `第 ${line} 行`,
  'sr.openObservation': '查看数据',
  'sr.garbledTitle': (count: number) => `原文数字错乱（${count}）`,
  'sr.garbledExplain': '以下数字在原文中印刷错误（例如新旧两个数字连在一起），不作为数值使用，也不绘入图表。',
  'sr.corroborates': '佐证',
  'sr.indexClaim': '索引声称',
} satisfies MessageTable;

const en: SameShape<typeof zh> = {
  'page.noSource': 'There is no such source file.',
  'sr.file': 'File',
  'sr.lineCount': (count) => `${count} lines`,
  'sr.findLabel': 'Find in source',
  'sr.findPlaceholder': 'Find text or a number',
  'sr.findPrevious': 'Previous',
  'sr.findNext': 'Next',
  'sr.findCount': (current, total) => `${current} of ${total}`,
  'sr.findNone': 'No matches',
  'sr.findHint': 'Enter finds the next match, Shift+Enter the previous one',
  'sr.goToLine': 'Go to line',
  'sr.goToLineButton': 'Go',
  'sr.textLabel': (count) => `Source text, ${count} lines`,
  'sr.showIgnored': (count) => `Show ignored numbers (${count})`,
  'sr.legendTitle': 'Legend',
  'sr.legendFigure': 'Extracted figure: select it to see its data',
  'sr.legendGarbled': 'Garbled in the source: not used as a value',
  'sr.legendIndexClaim': "Claimed in the report's index but not found",
  'sr.legendCorroboration': 'Another place stating the same figure',
  'sr.legendQuote': 'The linked quote',
  'sr.legendIgnored': 'Number reviewed and ignored (years, page numbers …)',
  'sr.figureName': (figure, metric, period, value) => `${figure}: ${metric}, ${period}, ${value}`,
  'sr.garbledName': (figure, metric, period) => `${figure}: ${metric}, ${period}, garbled in the source`,
  'sr.ignoredName': (reason) => `ignored: ${reason}`,
  'sr.figuresTitle': (count) => `Figures extracted from this source (${count})`,
  'sr.figuresEmpty': 'No figure was extracted from this source.',
  'sr.figureAtLine': (line) => `line ${line}`,
  'sr.openObservation': 'Open data',
  'sr.garbledTitle': (count) => `Garbled figures (${count})`,
  'sr.garbledExplain':
    'These figures are misprinted in the source (for example an old and a new figure run together); they are not used as values and are never charted.',
  'sr.corroborates': 'corroborates',
  'sr.indexClaim': 'index claim',
};

export const sourceReaderMessages = { zh, en };
registerMessages(sourceReaderMessages);
