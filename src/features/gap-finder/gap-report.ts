/**
 * The gap list as plain text in the page's language: what a rater sends to the
 * company. Quotes stay verbatim (their line breaks are kept, indented).
 */
import type { Observation, Provenance } from '../../model/schema';
import { formatObservation } from '../../shared/format/format';
import { periodLabel } from '../../shared/format/period';
import type { Translator } from '../../shared/i18n/use-t';
import { lineRange } from '../disclosure-matrix/api';
import type { GapItem, OwnCell, OwnEvidence } from './gap-model';

export interface ReportNames {
  company: (id: string) => string;
  metric: (id: string) => string;
  source: (id: string) => string;
}

/** Where a figure's number stands: its value line, or for a derived figure its inputs' value lines. */
export function figureQuotes(o: Observation): Provenance[] {
  const pickValue = (list: Provenance[]) => list.find((x) => x.role === 'value') ?? list[0];
  if (o.provenance.length > 0) return [pickValue(o.provenance)!];
  return (o.derivation?.inputs ?? []).flatMap((input) => pickValue(input.provenance) ?? []);
}

export function itemTitle(item: GapItem, tr: Translator): string {
  return item.kind === 'metric'
    ? tr.pick(item.metric.nameZh, item.metric.nameEn)
    : `${item.row.code} ${tr.pick(item.row.short.zh, item.row.short.en)}`;
}

export function gapReportText(company: string, peers: string[], items: GapItem[], tr: Translator, names: ReportNames): string {
  const { t } = tr;
  const out: string[] = [];
  const quote = (p: Provenance, indent: string, label?: string) => {
    const text = p.quote.split('\n').join(`\n${indent}  `);
    out.push(
      `${indent}${label ? `${label}: ` : ''}${t('report.quote', text)} — ${t('gaps.source', names.source(p.source), lineRange(p))}`,
    );
  };
  const cellLines = (c: OwnCell, indent: string, alreadyQuoted: string[]) => {
    out.push(
      `${indent}${t('gaps.hkexCell', c.row.code, t(`matrix.s.${c.cell.status}`))} — ${tr.pick(c.cell.reason.zh, c.cell.reason.en)}`,
    );
    for (const e of c.entries) {
      if (!alreadyQuoted.includes(e.id)) quote(e.provenance, `${indent}  `, t('gaps.indexLine'));
      for (const cited of e.citations) out.push(`${indent}    ${t('report.cited', cited.section)}`);
    }
  };
  const ownLines = (own: OwnEvidence) => {
    out.push(`   ${t('report.own')}: ${t(`gaps.t.${own.type}`)}`);
    for (const g of own.gaps) {
      const note = g.notes ? tr.pick(g.notes.zh, g.notes.en) : g.note;
      out.push(`     ${periodLabel(g.period, tr)}: ${t(`status.${g.status}`)}${note ? ` — ${note}` : ''}`);
      for (const p of g.provenance) quote(p, '       ');
    }
    for (const c of own.cells) cellLines(c, '     ', own.alreadyQuoted);
    for (const o of own.instead)
      out.push(`     ${t('gaps.instead', names.metric(o.metric), `${formatObservation(o, tr)} (${periodLabel(o.period, tr)})`)}`);
  };

  out.push(t('report.title', names.company(company)));
  out.push(t('report.peers', peers.map(names.company).join(', ')));
  out.push(t('report.order'));
  out.push('');
  items.forEach((item, i) => {
    const tags = [item.kind === 'metric' ? t('gaps.kind.metric') : t('gaps.kind.row')];
    if (item.core) tags.unshift(t('gaps.core'));
    out.push(
      `${i + 1}. ${itemTitle(item, tr)} [${tags.join(', ')}] — ${t('gaps.peersDisclosing', item.peersDisclosing, peers.length)}`,
    );
    out.push(`   ${t('report.peer')}:`);
    if (item.kind === 'metric') {
      for (const p of item.peers) {
        const o = p.observation;
        out.push(`     ${names.company(p.company)}, ${periodLabel(o.period, tr)}: ${formatObservation(o, tr)}`);
        for (const q of figureQuotes(o)) quote(q, '       ');
      }
    } else {
      for (const p of item.peers) {
        out.push(`     ${names.company(p.company)}: ${t(`matrix.s.${p.cell.status}`)}`);
        for (const e of p.entries) quote(e.provenance, '       ', t('gaps.indexLine'));
      }
    }
    ownLines(item.own);
    out.push('');
  });
  out.push(t('report.generated', t('app.title')));
  return out.join('\n') + '\n';
}
