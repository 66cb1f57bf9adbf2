/**
 * The core catalogue: the strings the first view (app shell, compare page, the
 * provenance panel's frame, the export buttons) needs, in zh and en with the same keys. Strings only
 * a lazily loaded page shows live in messages/<feature>.ts, which that page
 * imports and which registers itself here, so they ship in the page's chunk.
 * The English core (messages/core-en.ts) is typed from `zh`, so a key missing in either
 * language is a type error; it is its own chunk, loaded before anything renders in English
 * (loadLanguage), so a Chinese first view does not carry it;
 * the checks at the bottom make a missing status, grade, qualifier, group or role
 * label a type error too. Data texts (names, caveats, notes) carry their own zh/en.
 */
import type { Grade, Per, Qualifier, Status } from '../../model/schema';
import type { metricGroupSchema } from '../../model/schema';
import type { z } from 'zod';
import type { MessageTable, SameShape } from './messages/shape';
// type-only: callers see every key, while the feature strings stay out of this chunk
import type { sourceReaderMessages } from './messages/source-reader';
import type { metricPageMessages } from './messages/metric-page';
import type { methodologyMessages } from './messages/methodology';
import type { matrixMessages } from './messages/disclosure-matrix';
import type { gapFinderMessages } from './messages/gap-finder';
import type { exportMessages } from './messages/export';
import type { evidenceMessages } from './messages/evidence';
import type { exportMenuMessages } from './messages/export-menu';

export type Lang = 'zh' | 'en';
type Group = z.infer<typeof metricGroupSchema>;

const zh = {
  'lang.html': 'zh-CN',
  'lang.other': 'en',
  'app.title': '对标 · 消费金融 ESG 同业对比',
  'app.subtitle': '每个数字都可追溯至报告原文；不可比的数值会明确标注。',
  'app.skip': '跳到主要内容',
  'app.language': 'English',
  'app.languageLabel': '切换到英文',
  'app.languageFailed': '英文界面未能加载，请检查网络后再点一次。',
  'app.nav': '页面',
  'app.companies': '公司',
  'page.compare': '对比',
  'page.methodology': '方法说明',
  'page.matrix': '披露矩阵',
  'page.gaps': '缺口清单',
  'page.notFound': '找不到该页面',
  'page.notFoundBody': '此链接指向的页面不存在。',
  'page.metric': '指标',
  'card.open': (name: string) => `在单独页面查看“${name}”`,
  'page.backHome': '返回对比页',
  'page.crashed': '此页面出错，无法显示。',
  'card.crashed': '此卡片的数据有误，无法显示；其他卡片不受影响。',
  'group.notLoaded': '打印时这一组指标尚未加载；数据已开始加载，稍后再次打印即可包含。',
  'group.loading': (n: number) => `正在加载这一组的 ${n} 项指标…`,
  loading: '正在加载数据…',
  retry: '重试',
  loadError: '数据加载失败',
  empty: '数据集中没有可显示的指标。',
  'group.core': '核心四项',
  'view.label': '视图',
  'view.chart': '图表',
  'view.table': '表格',
  'norm.label': '换算',
  'norm.pageLabel': '全部卡片换算方式',
  'norm.absolute': '绝对值',
  'norm.employee': '人均',
  'norm.revenue': '按营收',
  'norm.cardOverride': '本卡片',
  'norm.notOffered': (mode: string) => `此指标不提供“${mode}”换算，显示绝对值。`,
  'norm.refused': '无法换算',
  'scale.label': '纵轴',
  'scale.linear': '线性',
  'scale.log': '对数',
  'scale.logOn': '纵轴为对数刻度：相邻刻度相差十倍。',
  'scale.hint': (ratio: string) => `数值相差约 ${ratio} 倍，可切换到对数刻度查看较小的数值。`,
  notComparableAlt: '最接近的披露（不可比，未绘入图表）',
  'prov.title': '数据出处',
  'prov.close': '关闭',
  'prov.showSource': '查看出处',
  'chart.summary': '图表数据摘要',
  'chart.none': '没有公司有可绘制的数值。',
  'chart.datedPoints': '累计或时点数值按披露日期显示为散点，间隔按实际时间绘制。',
  garbledRaw: '原文',
  crosswalk: '标准对照',
  'reason.none': '没有公司披露可比数值。',
  'reason.single': (company: string) => `仅${company}披露了该指标，无法对比。`,
  'reason.alternate': (company: string, metric: string) =>
    `${company}未披露此指标，只披露了“${metric}”，两者口径不同，不能并列比较。`,
  'headline.text': (companies: number, metrics: number, comparable: number, caveats: number, not: number) =>
    `${companies} 家公司、${metrics} 项指标：${comparable} 项可直接比较，${caveats} 项有条件可比，${not} 项不可比或仅一家披露。`,
  'headline.partial': (graded: number, total: number) =>
    `（以上为已加载的 ${graded}/${total} 项指标；其余指标随页面滚动加载后计入。）`,
  'legend.label': '公司图例',
  'per.employee': '/人',
  'per.revenueShare': (v: string) => `占营收 ${v}`,
  'per.revenue': '/亿元营收',
  'period.fy': (year: string) => `${year} 年度`,
  'period.asOf': (date: string) => `截至 ${date}`,
  'status.reported': '已披露',
  'status.derived': '推算',
  'status.not_disclosed': '未披露',
  'status.not_applicable': '不适用',
  'status.claimed_not_found': '索引声称披露但未找到',
  'status.garbled': '原文数字错乱',
  'qualifier.exact': '精确',
  'qualifier.at_least': '不少于（超/逾/余）',
  'qualifier.about': '约/近',
  'qualifier.at_most': '不超过',
  'grade.comparable': '可比',
  'grade.comparable_with_caveats': '有条件可比',
  'grade.not_comparable': '不可比',
  'group.financial': '财务',
  'group.innovation': '科技创新',
  'group.environment': '环境',
  'group.workforce': '员工',
  'group.consumer_protection': '消费者保护',
  'group.governance': '公司治理',
  'group.inclusive_finance': '普惠金融与社区',
  'page.source': '原文',
  'card.openShort': '指标详情',
  // export: the button, and what a card's picture and citation name on the first view (the menu's
  // items: messages/export-menu.ts; CSV columns, README, the rest of citations and images: messages/export.ts)
  'export.menu.button': '导出',
  'export.menu.failed': '导出失败：',
  'export.menu.pageSubject': '当前视图与全部数据',
  'export.cite.site': '对标 Duibiao',
  'peers.label': '对比公司',
  'peers.hint': '至少保留一家公司',
  'year.label': '报告年度',
  'year.all': '全部年度',
  'year.none': (year: string) => `${year} 年没有数值`,
} satisfies MessageTable;

type AllTables = typeof zh &
  (typeof sourceReaderMessages)['zh'] &
  (typeof metricPageMessages)['zh'] &
  (typeof methodologyMessages)['zh'] &
  (typeof matrixMessages)['zh'] &
  (typeof gapFinderMessages)['zh'] &
  (typeof exportMessages)['zh'] &
  (typeof evidenceMessages)['zh'] &
  (typeof exportMenuMessages)['zh'];
export type Messages = SameShape<AllTables>;
export type MessageKey = keyof Messages;

/** The Chinese core, statically imported: the English one (messages/core-en.ts) is typed from it. */
export type CoreMessages = typeof zh;
export const CORE_ZH = zh;

/**
 * The runtime catalogue: the Chinese core, the English core once loaded, and every feature
 * table registered so far (a copy: CORE_ZH stays the static core).
 */
export const CATALOGUE: Record<Lang, Partial<Messages>> = { zh: { ...zh }, en: {} };

/** Whether the language's core strings are in the catalogue (Chinese always is). */
export const isLanguageLoaded = (lang: Lang): boolean => 'lang.html' in CATALOGUE[lang];

/** Brings a language's core strings (the English chunk on first use); resolves once they are registered. */
export function loadLanguage(lang: Lang): Promise<void> {
  if (isLanguageLoaded(lang)) return Promise.resolve();
  return import('./messages/core-en').then(() => undefined);
}

/** Registers one language's core table (messages/core-en.ts, when its chunk loads). */
export function registerCore(lang: Lang, table: SameShape<CoreMessages>): void {
  Object.assign(CATALOGUE[lang], table);
}

/**
 * Called by a messages/<feature>.ts module when it is evaluated, i.e. when its
 * page's chunk loads, before the page renders. Re-registering (a hot reload)
 * just overwrites the same keys.
 */
export function registerMessages(feature: Record<Lang, MessageTable>): void {
  Object.assign(CATALOGUE.zh, feature.zh);
  Object.assign(CATALOGUE.en, feature.en);
}

// Every status, grade, qualifier, group and normalisation has a label (roles: messages/evidence.ts): a missing one fails to compile
// (export's basis and normalisation CSV labels are checked in messages/export.ts).
type Covers<K extends string> = Record<K, unknown>;
const covered: Covers<`status.${Status}` | `grade.${Grade}` | `qualifier.${Qualifier}` | `group.${Group}` | `norm.${Per}`> = zh;
void covered;
