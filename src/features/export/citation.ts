/**
 * Citation strings for a card, a metric page and a source: title, publisher,
 * date, line(s) and the permalink, in the reader's language. Publishers and
 * titles are cited as the source prints them (mostly Chinese).
 */
import type { Observation, Provenance, Source } from '../../model/schema';
import type { Translator } from '../../shared/i18n/use-t';
import { lineRange } from './csv-rows';

export interface CitationContext {
  /** The reader's language and catalogue. */
  tr: Translator;
  /** The absolute URL of the cited state (page, selection, language). */
  permalink: string;
  /** Access date, ISO YYYY-MM-DD (pass today's; a parameter so tests are stable). */
  accessed: string;
}

/** Lines of one source used by a set of observations, in order: "3028, 3030". */
function linesBySource(observations: readonly Observation[]): Map<string, Provenance[]> {
  const out = new Map<string, Provenance[]>();
  const add = (p: Provenance) => {
    const list = out.get(p.source) ?? [];
    if (!list.some((q) => q.line === p.line && q.lineEnd === p.lineEnd)) list.push(p);
    out.set(p.source, list);
  };
  for (const o of observations) {
    for (const p of o.provenance) add(p);
    for (const i of o.derivation?.inputs ?? []) for (const p of i.provenance) add(p);
  }
  for (const list of out.values()) list.sort((a, b) => a.line - b.line);
  return out;
}

function sourceReference(source: Source, lines: readonly Provenance[], ctx: CitationContext): string {
  const zh = ctx.tr.lang === 'zh';
  const lineText = lines.length ? ctx.tr.t('export.cite.line', lines.map((p) => lineRange(p)).join(zh ? '、' : ', ')) : '';
  if (zh) {
    return `${source.publisher}：《${source.title}》，${source.date}${lineText ? `，${lineText}` : ''}（${source.id}${source.url ? `，${source.url}` : ''}）`;
  }
  return `${source.publisher}, “${source.title}”, ${source.date}${lineText ? `, ${lineText}` : ''} (${source.id}${source.url ? `, ${source.url}` : ''})`;
}

function siteCitation(title: string, refs: string[], ctx: CitationContext): string {
  const { t } = ctx.tr;
  if (ctx.tr.lang === 'zh') {
    const sources = refs.length ? `${t('export.cite.sources')}：${refs.join('；')}。` : '';
    return `${t('export.cite.site')}：《${title}》。${sources}${ctx.permalink}（${t('export.cite.accessed')}：${ctx.accessed}）`;
  }
  const sources = refs.length ? `${t('export.cite.sources')}: ${refs.join('; ')}. ` : '';
  return `${t('export.cite.site')}, “${title}”. ${sources}${ctx.permalink} (${t('export.cite.accessed')} ${ctx.accessed})`;
}

function refsFor(observations: readonly Observation[], sources: readonly Source[], ctx: CitationContext): string[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return [...linesBySource(observations)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, lines]) => {
      const s = byId.get(id);
      return s ? sourceReference(s, lines, ctx) : `${id} ${lines.map((p) => lineRange(p)).join(', ')}`;
    });
}

/** A card: its title as shown (e.g. "研发费用（人均）") and the observations it shows. */
export function citeCard(
  card: { title: string; observations: readonly Observation[] },
  sources: readonly Source[],
  ctx: CitationContext,
): string {
  return siteCitation(card.title, refsFor(card.observations, sources, ctx), ctx);
}

/** A metric page: the metric's name and every observation on the page. */
export function citeMetricPage(
  page: { metricName: string; observations: readonly Observation[] },
  sources: readonly Source[],
  ctx: CitationContext,
): string {
  const label = ctx.tr.t('export.cite.metricPage');
  const title = ctx.tr.lang === 'zh' ? `${page.metricName}（${label}）` : `${page.metricName} (${label})`;
  return siteCitation(title, refsFor(page.observations, sources, ctx), ctx);
}

/** A source itself, optionally at given lines, with the permalink of the page that shows it. */
export function citeSource(
  source: Source,
  ctx: CitationContext,
  at: readonly Pick<Provenance, 'line' | 'lineEnd'>[] = [],
): string {
  const lines = at.map((p) => ({ source: source.id, quote: '-', role: 'context' as const, ...p }));
  const ref = sourceReference(source, lines, ctx);
  const { t } = ctx.tr;
  return ctx.tr.lang === 'zh'
    ? `${ref}。${t('export.cite.via')}${t('export.cite.site')}：${ctx.permalink}（${t('export.cite.accessed')}：${ctx.accessed}）`
    : `${ref}. ${t('export.cite.via')} ${t('export.cite.site')}: ${ctx.permalink} (${t('export.cite.accessed')} ${ctx.accessed})`;
}

/** Writes text to the clipboard; resolves when done, rejects with the browser's reason. */
export async function copyText(
  text: string,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
) {
  if (!clipboard) throw new Error('Clipboard unavailable');
  await clipboard.writeText(text);
}
