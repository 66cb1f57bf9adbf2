/**
 * Strings of the export menu's items and of a card's picture (features/export/ExportMenu and
 * compare/CardExport, loaded when an Export button is first pressed); the button's own text
 * and its failure message stay in the core.
 */
import { registerMessages } from '../catalogue';
import type { MessageTable, SameShape } from './shape';

const zh = {
  'export.menu.stale': '页面上的数据与服务器上的完整数据集版本不一致，请刷新页面后再导出。',
  'export.image.mode': (mode: string) => `换算：${mode}`,
  'export.image.scaleLog': '纵轴为对数刻度',
  'export.menu.csvView': '下载当前视图 CSV',
  'export.menu.csvAll': '下载全部数据 CSV',
  'export.menu.zip': '下载完整数据包（ZIP）',
  'export.menu.png': '下载图片（PNG）',
  'export.menu.svg': '下载矢量图（SVG）',
  'export.menu.citation': '复制引用',
  'export.menu.working': '正在准备…',
  'export.menu.done': '已完成',
  'export.menu.copied': '引用已复制到剪贴板',
} satisfies MessageTable;

const en: SameShape<typeof zh> = {
  'export.menu.stale':
    'the data on this page is from another version than the full dataset on the server; reload the page and export again.',
  'export.image.mode': (mode: string) => `Normalised: ${mode}`,
  'export.image.scaleLog': 'log scale',
  'export.menu.csvView': 'Download this view as CSV',
  'export.menu.csvAll': 'Download all data as CSV',
  'export.menu.zip': 'Download the full dataset (ZIP)',
  'export.menu.png': 'Download image (PNG)',
  'export.menu.svg': 'Download vector image (SVG)',
  'export.menu.citation': 'Copy citation',
  'export.menu.working': 'Preparing…',
  'export.menu.done': 'Done',
  'export.menu.copied': 'Citation copied to the clipboard',
};

export const exportMenuMessages = { zh, en };
registerMessages(exportMenuMessages);
