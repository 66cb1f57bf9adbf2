/**
 * Citation strings for a card, a metric page and a source: title, publisher,
 * date, line(s) and the permalink, in the reader's language. Publishers and
 * titles are cited as the source prints them (mostly Chinese).
 */
import type { Observation, Provenance, Source } from '../../model/schema';
import { lineRange } from './csv-rows';
import type { ExportLang } from './export-dataset';
import { fill, type ExportMessages } from './export-messages';

export interface CitationContext {
  lang: ExportLang;
  messages: ExportMessages;
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
  const zh = ctx.lang === 'zh';
  const lineText = lines.length
    ? fill(ctx.messages['export.cite.line'], { line: lines.map((p) => lineRange(p)).join(zh ? '、' : ', ') })
    : '';
  if (zh) {
    return `${source.publisher}：《${source.title}》，${source.date}${lineText ? `，${lineText}` : ''}（${source.id}${source.url ? `，${source.url}` : ''}）`;
  }
  return `${source.publisher}, “${source.title}”, ${source.date}${lineText ? `, ${lineText}` : ''} (${source.id}${source.url ? `, ${source.url}` : ''})`;
}

function siteCitation(title: string, refs: string[], ctx: CitationContext): string {
  const m = ctx.messages;
  if (ctx.lang === 'zh') {
    const sources = refs.length ? `${m['export.cite.sources']}：${refs.join('；')}。` : '';
    return `${m['export.cite.site']}：《${title}》。${sources}${ctx.permalink}（${m['export.cite.accessed']}：${ctx.accessed}）`;
  }
  const sources = refs.length ? `${m['export.cite.sources']}: ${refs.join('; ')}. ` : '';
  return `${m['export.cite.site']}, “${title}”. ${sources}${ctx.permalink} (${m['export.cite.accessed']} ${ctx.accessed})`;
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
  const title =
    ctx.lang === 'zh'
      ? `${page.metricName}（${ctx.messages['export.cite.metricPage']}）`
      : `${page.metricName} (${ctx.messages['export.cite.metricPage']})`;
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
  const m = ctx.messages;
  return ctx.lang === 'zh'
    ? `${ref}。${m['export.cite.via']}${m['export.cite.site']}：${ctx.permalink}（${m['export.cite.accessed']}：${ctx.accessed}）`
    : `${ref}. ${m['export.cite.via']} ${m['export.cite.site']}: ${ctx.permalink} (${m['export.cite.accessed']} ${ctx.accessed})`;
}

/** Writes text to the clipboard; resolves when done, rejects with the browser's reason. */
export async function copyText(
  text: string,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
) {
  if (!clipboard) throw new Error('Clipboard unavailable');
  await clipboard.writeText(text);
}
